/**
 * The files `plan init` gives a ward's own repository, beside the plan folder: a README in
 * Vietnamese (installing the tool offline, the three daily commands with this plan's path, the
 * CI check) and the CI workflow it describes. Pure: text in, text out.
 */

export interface WardReadmeOptions {
  /** The plan folder, relative to the repository root, "/"-separated: "plans/2025". */
  planPath: string;
  year: number;
  /** "Phường 1", or undefined when not given yet. */
  place?: string;
  /** The tool's version, for the tarball's name. */
  version: string;
}

export function wardReadme(o: WardReadmeOptions): string {
  const p = o.planPath;
  const tgz = `plan-${o.version}.tgz`;
  const where = o.place ? ` của ${o.place}` : '';
  return `# Kế hoạch phát triển kinh tế - xã hội${where}

Kho này giữ kế hoạch năm${where} dưới dạng tệp văn bản (YAML) trong thư mục \`${p}\`, cùng số liệu
tiến độ. Công cụ \`plan\` kiểm tra tệp, ghi số liệu và lập báo cáo. Tệp này do \`plan init\` tạo; sửa
tự do cho phù hợp với đơn vị.

## Cài đặt (một lần trên mỗi máy)

Cần Node.js 20 trở lên (https://nodejs.org, bản LTS). Công cụ là một tệp \`${tgz}\`, cài không cần
mạng; giữ tệp đó trong thư mục \`tools/\` của kho này rồi chạy, trên Windows hoặc Linux:

\`\`\`sh
npm install --global --offline ./tools/${tgz}
plan --version
\`\`\`

## Ba lệnh hằng ngày

Chạy ở thư mục gốc của kho này.

1. **Kiểm tra** sau mỗi lần sửa tệp: chỉ ra từng lỗi ở tệp:dòng:cột, kèm cách sửa.

   \`\`\`sh
   plan validate ${p}
   \`\`\`

2. **Ghi số liệu, tiến độ** (số viết kiểu Việt Nam được: \`93,5\`; ngày viết \`14/06/${o.year}\`;
   \`bhyt\`, \`kt-01\` là ví dụ: dùng mã chỉ tiêu, nhiệm vụ trong kế hoạch của đơn vị):

   \`\`\`sh
   plan record bhyt 93,5 --date 14/06/${o.year} --source "BHXH thành phố" --plan ${p}
   plan record --task kt-01,kt-02 --status "đang thực hiện" --date 14/06/${o.year} --plan ${p}
   plan record --plan ${p}          # hỏi lần lượt từng điều còn thiếu
   plan record --due --plan ${p}    # lần lượt các nhiệm vụ đến hạn báo cáo
   \`\`\`

3. **Xem tiến độ, lập báo cáo**:

   \`\`\`sh
   plan status ${p} --period ${o.year}-H1          # bảng chỉ tiêu 6 tháng
   plan overdue ${p}                          # nhiệm vụ quá hạn, chậm báo cáo
   plan report ${p} --period ${o.year}-H1 --format docx --out bao-cao-6-thang.docx
   \`\`\`

Cách viết từng tệp (phần đầu kế hoạch, đơn vị, căn cứ, chỉ tiêu, nhiệm vụ, số liệu):
\`plan help format\`, hoặc một mục: \`plan help format chi-tieu\`. Trợ giúp của một lệnh:
\`plan record --help\`.

## Kiểm tra tự động (CI)

\`.github/workflows/plan.yml\` chạy \`plan validate\` mỗi lần đẩy lên GitHub, cài công cụ từ
\`tools/${tgz}\` như trên; lỗi hiện ngay trên dòng đã sửa. Ở máy chủ khác (GitLab, Gitea), chạy hai
lệnh tương tự: \`npm install --global --offline ./tools/${tgz}\` rồi \`plan validate ${p}\`.

Mã thoát: 0 hợp lệ (có thể có cảnh báo), 1 kế hoạch có lỗi, 2 lệnh gõ sai hoặc không đọc được tệp.
`;
}

export function wardWorkflow(o: Pick<WardReadmeOptions, 'planPath' | 'version'>): string {
  return `# Kiểm tra kế hoạch mỗi lần đẩy lên (plan init tạo). Công cụ cài từ tools/plan-${o.version}.tgz, không cần mạng.
name: plan validate
on:
  push:
  pull_request:
jobs:
  validate:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - name: Cài plan
        run: npm install --global --offline ./tools/plan-*.tgz
      - name: Kiểm tra ${o.planPath}
        # Có lỗi thì mã thoát 1, lần kiểm tra thất bại; cảnh báo chỉ được chú thích.
        run: plan validate ${o.planPath} --format github
`;
}
