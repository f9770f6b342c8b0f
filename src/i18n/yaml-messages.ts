/**
 * The `yaml` parser's messages in Vietnamese. The parser writes English ("All mapping items must
 * start at the same column"); a clerk reads what is wrong and what to do. Unknown messages are kept
 * in English after a general sentence, so that nothing is hidden.
 */
const RULES: readonly [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^All mapping items must start at the same column/, () => 'các khóa cùng cấp phải thẳng cột với nhau (thụt lề bằng cùng số dấu cách).'],
  [/^All sequence items must start at the same column/, () => 'các dòng "- " của cùng một danh sách phải thẳng cột với nhau.'],
  [/^A block sequence may not be used as an implicit map key/, () => 'một danh sách "- " nằm sai chỗ: dòng "- " phải thụt lề sâu hơn, hoặc bằng, khóa chứa nó.'],
  [/^Nested mappings are not allowed in compact mappings/, () => 'có hai dấu hai chấm trên một dòng ("a: b: c"), hoặc dòng dưới thụt lề sâu hơn dòng trên. Nếu giá trị có dấu hai chấm, đặt nó trong dấu nháy.'],
  [/^Implicit keys need to be on a single line/, () => 'tên khóa phải nằm trên một dòng; có thể thiếu dấu hai chấm sau tên khóa, hoặc thụt lề sai.'],
  [/^Implicit map keys need to be followed by map values/, () => 'thiếu dấu hai chấm và giá trị sau tên khóa ("khóa: giá trị").'],
  [/^Sequence item without - indicator/, () => 'dòng này nằm trong một danh sách nhưng không bắt đầu bằng "- ", hoặc thụt lề sai.'],
  [/^Missing closing "quote/, () => 'thiếu dấu nháy kép (") đóng chuỗi.'],
  [/^Missing closing 'quote/, () => "thiếu dấu nháy đơn (') đóng chuỗi."],
  [/^Plain value cannot start with (.+)/, (m) => `giá trị không được bắt đầu bằng ${m[1]}; đặt cả giá trị trong dấu nháy kép.`],
  [/^Invalid escape sequence (.+)/, (m) => `chuỗi thoát ${m[1]} không hợp lệ trong dấu nháy kép; viết "\\\\" cho một dấu \\, hoặc dùng dấu nháy đơn.`],
  [/^Comments must be separated from other tokens by white space/, () => 'dấu # của ghi chú phải có dấu cách phía trước.'],
  [/^Missing , between (.+) items/, () => 'thiếu dấu phẩy giữa các phần tử trong [ ] hoặc { }.'],
  [/^Missing , or : between (.+) items/, () => 'thiếu dấu phẩy hoặc dấu hai chấm giữa các phần tử trong [ ] hoặc { }.'],
  [/^Unexpected (.+) in (.+)/, (m) => `gặp "${m[1]}" không đúng chỗ (${m[2]}).`],
  [/^Unexpected (.+)/, (m) => `gặp "${m[1]}" không đúng chỗ.`],
  [/^Source contains multiple documents/, () => 'tệp có nhiều tài liệu YAML (dòng "---"); mỗi tệp kế hoạch chỉ có một.'],
  [/^Tabs are not allowed as indentation/, () => 'không thụt lề bằng tab.'],
  [/^Map keys must be unique/, () => 'khóa bị trùng.'],
];

export function yamlDetailVi(detail: string): string {
  for (const [re, say] of RULES) {
    const m = detail.match(re);
    if (m) return say(m);
  }
  return `cấu trúc tệp không đọc được (${detail}).`;
}
