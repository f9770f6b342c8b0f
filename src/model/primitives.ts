import { z } from 'zod';

// Ids are strings even when they look like numbers: `010` unquoted is parsed by YAML as the number 10.
export const Id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]*$/, 'id: chữ thường không dấu, số, dấu chấm, gạch ngang (vd. "bhyt", "kt-01")')
  .meta({ description: 'Mã định danh: chữ thường không dấu, số, ".", "-", "_" (vd. "bhyt", "kt-01").' });

export const IdList = z.array(Id);

// Dates stay ISO strings: YAML's core schema keeps 2024-06-30 a string, and z.date() would not convert it.
export const IsoDate = z.iso.date().meta({ description: 'Ngày theo ISO 8601: YYYY-MM-DD (vd. 2024-07-27).' });

export const Text = z.string().min(1);

/** Fields whose value the encoder inferred rather than read in the document, with the reason. */
export function assumedFor<const K extends string>(fields: readonly [K, ...K[]]) {
  return z
    .partialRecord(z.enum(fields), z.string().min(1))
    .meta({
      description:
        'Những trường văn bản không ghi rõ mà người mã hóa tự suy ra (trường -> lý do), để cơ quan xác nhận lại.',
    });
}
