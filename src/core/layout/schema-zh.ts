import type { z } from '../schema/zod.ts';
import { SCHEMA_ZH } from './schema.ts';

/**
 * A schema issue of a spec in Chinese, with the same names and numbers as zod's English message.
 * Our own messages carry their Chinese (`params.zh`) or are in schema.ts's table; zod's built-in
 * ones are worded here from the issue's fields. A final issue no longer holds its input, so what
 * the spec holds at the issue's path is read from the spec itself.
 */
export function schemaIssueZh(issue: z.core.$ZodIssue, spec: unknown): string {
  const own = (issue as { params?: { zh?: unknown } }).params?.zh;
  if (typeof own === 'string') return own;
  const fixed = SCHEMA_ZH.get(issue.message);
  if (fixed !== undefined) return fixed;
  switch (issue.code) {
    case 'invalid_type': {
      const received = typeOf(valueAt(spec, issue.path));
      const expected = `${TYPE_ZH[issue.expected] ?? ''}（${issue.expected}）`;
      return received === 'undefined' ? `缺少此项：应为${expected}` : `类型不符：应为${expected}，实为${TYPE_ZH[received] ?? ''}（${received}）`;
    }
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const bound = String(small ? issue.minimum : issue.maximum);
      const op = small ? (issue.inclusive ? '≥' : '>') : issue.inclusive ? '≤' : '<';
      const most = small ? (issue.inclusive ? '至少' : '多于') : issue.inclusive ? '至多' : '少于';
      if (issue.origin === 'string') return `${small ? '太短' : '太长'}：文字应${most} ${bound} 个字符`;
      if (issue.origin === 'array' || issue.origin === 'set') return `${small ? '太少' : '太多'}：应${most} ${bound} 项`;
      return `${small ? '太小' : '太大'}：应 ${op} ${bound}`;
    }
    case 'invalid_value':
      return issue.values.length === 1
        ? `取值无效：应为 ${stringify(issue.values[0])}`
        : `取值无效：应为 ${issue.values.map(stringify).join('|')} 之一`;
    case 'unrecognized_keys':
      return `不认识的键：${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
    case 'invalid_union': {
      // The element kind (a discriminated union): the kind the spec gives, and the kinds there are.
      const options = (issue as { options?: unknown[] }).options;
      if (Array.isArray(options))
        return `未知的元素类型 ${stringify(valueAt(spec, issue.path))}（应为 ${options.map(String).join(', ')} 之一）`;
      return '不符合任何一种可用的写法';
    }
    case 'invalid_format':
      return issue.format === 'regex' && issue.pattern ? `格式不符：应符合 ${issue.pattern}` : `格式不符：应为 ${issue.format}`;
    case 'not_multiple_of':
      return `应为 ${String(issue.divisor)} 的倍数`;
    default:
      return `不符合格式（${issue.code}）`;
  }
}

/** zod's type names in Chinese. */
const TYPE_ZH: Record<string, string> = {
  string: '字符串',
  number: '数字',
  int: '整数',
  boolean: '布尔值',
  object: '对象',
  array: '数组',
  tuple: '数组',
  null: '空值',
  undefined: '无',
  nan: '非数字',
  bigint: '大整数',
};

/** The value at a path of a raw spec (undefined where the path leaves it). */
function valueAt(spec: unknown, path: readonly PropertyKey[]): unknown {
  let v = spec;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** A value's type in zod's words (its messages' "received …"). */
function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number' && Number.isNaN(v)) return 'nan';
  return typeof v;
}

const stringify = (v: unknown): string => (v === undefined ? 'undefined' : typeof v === 'string' ? JSON.stringify(v) : String(v));
