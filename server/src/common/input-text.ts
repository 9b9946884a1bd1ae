import { type ValidatorOptions, validateOrReject } from 'class-validator';
import { ArgumentValidationError, type ValidatorFn } from 'type-graphql';
import { AppError, type ErrorCodeOf } from './app-error.js';
import { withoutBidiControls } from './bidi.js';

/**
 * Control characters that no text of the product carries: C0 controls but tab, line feed and carriage
 * return (notes keep their lines), and DEL. NUL cannot be stored by PostgreSQL at all, and inlined in the
 * SQL text (MikroORM's way, kept on PGlite) it cut the statement (answered 503 DATABASE_UNAVAILABLE before).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this rule's purpose.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Whether text holds a control character that no text of the product carries (the rule of `cleanInputText`). */
export const hasControlCharacter = (text: string): boolean => CONTROL.test(text);

export const InputTextErrors = {
  controlCharacter: (field: string) =>
    new AppError(
      'INPUT_CONTROL_CHARACTER',
      'Dữ liệu gửi lên chứa ký tự điều khiển không hợp lệ (ví dụ ký tự NUL). Hãy xoá ký tự đó rồi gửi lại.',
      { field },
    ),
};

export type InputTextErrorCode = ErrorCodeOf<typeof InputTextErrors>;

/**
 * The one rule for every text a client sends: refused (AppError) when it holds a control character,
 * otherwise returned without bidirectional controls. Objects and arrays (input classes, JSON values)
 * are cleaned in place, at any depth; `path` names the field in the refusal.
 */
export function cleanInputText<T>(value: T, path = 'input'): T {
  if (typeof value === 'string') {
    if (CONTROL.test(value)) throw InputTextErrors.controlCharacter(path);
    return withoutBidiControls(value) as T;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = cleanInputText(value[i], `${path}[${i}]`);
    return value;
  }
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (CONTROL.test(key)) throw InputTextErrors.controlCharacter(path);
      record[key] = cleanInputText(record[key], `${path}.${key}`);
    }
  }
  return value;
}

/**
 * type-graphql's argument validation with the text rule in front: every argument of every field
 * (input objects, JSON values, scalars) passes `cleanInputText`, then class-validator runs exactly as
 * type-graphql's default does (missing properties skipped, unknown values allowed).
 */
export function validateArguments(settings: ValidatorOptions): ValidatorFn {
  const options: ValidatorOptions = { forbidUnknownValues: false, skipMissingProperties: true, ...settings };
  return async (argValue) => {
    cleanInputText(argValue);
    if (argValue === null || typeof argValue !== 'object') return;
    try {
      if (Array.isArray(argValue)) {
        await Promise.all(
          argValue
            .filter((item) => item !== null && typeof item === 'object')
            .map((item) => validateOrReject(item, options)),
        );
      } else await validateOrReject(argValue, options);
    } catch (err) {
      throw new ArgumentValidationError(err as ConstructorParameters<typeof ArgumentValidationError>[0]);
    }
  };
}
