import { hash, verify } from '@node-rs/argon2';
import { ZxcvbnFactory, type ZxcvbnResult } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';
import { RULES } from '@pinzhi/domain';
import { BoundedWork, fieldError, TooManyAttemptsError, type FieldError } from '@pinzhi/api-core';
import { COMMON_CHINESE_PASSWORDS } from './common-passwords-cn';

export interface PasswordConfig {
  /** Argon2 hashes computed at once; more wait in line (argon2 needs ~19 MiB and tens of ms of CPU each). */
  hashConcurrency: number;
  /** zxcvbn score (0–4) a new password must reach. */
  minStrength: number;
}

const QUEUE_LIMIT = 200;

/**
 * Password hashing (Argon2id, the library's defaults m=19 MiB, t=2, p=1: OWASP's minimum)
 * behind a small concurrency limit, and the strength check for new passwords. Verifying
 * goes through the same limit, so a flood of sign-ins costs bounded CPU and memory.
 */
export class Passwords {
  readonly #work: BoundedWork;
  #dummy: Promise<string> | null = null;

  constructor(readonly config: PasswordConfig) {
    this.#work = new BoundedWork(config.hashConcurrency, QUEUE_LIMIT, () => new TooManyAttemptsError(5, 'BUSY'));
  }

  hash(password: string): Promise<string> {
    return this.#work.run(() => hash(password));
  }

  verify(passwordHash: string, password: string): Promise<boolean> {
    return this.#work.run(() => verify(passwordHash, password).catch(() => false));
  }

  /** The same work as verifying a real account, always false: unknown e-mails cost the same time. */
  async verifyNobody(password: string): Promise<false> {
    this.#dummy ??= hash('not-a-real-password-' + Math.random());
    await this.verify(await this.#dummy, password);
    return false;
  }

  /**
   * Why a new password is refused (null when it is acceptable): the length rules, and then
   * a guessability check against common and leaked passwords (English lists and ours of
   * Chinese ones), keyboard patterns, repeats, dates and the person's own data (`context`:
   * e-mail, name, company).
   */
  problem(path: string | string[], password: string, context: string[]): FieldError | null {
    if (password.length < RULES.password.min)
      return fieldError(path, 'TOO_SHORT', `Use at least ${RULES.password.min} characters`, { min: RULES.password.min });
    if (password.length > RULES.password.max)
      return fieldError(path, 'TOO_LONG', `Use at most ${RULES.password.max} characters`, { max: RULES.password.max });
    const result = strength(password, context);
    if (result.score >= this.config.minStrength) return null;
    const warning = result.feedback.warning ?? (password.trim() === '' ? 'simpleRepeat' : 'guessable');
    const english = WARNINGS[warning] ?? 'This password is easy to guess.';
    return fieldError(path, 'WEAK_PASSWORD', `${english} Choose a longer password of several uncommon words.`, {
      warning,
      score: result.score,
      minScore: this.config.minStrength,
    });
  }
}

const WARNINGS: Record<string, string> = { ...english.translations.warnings, guessable: 'This password is easy to guess.' };

let factory: ZxcvbnFactory | null = null;
/** Built on first use (the dictionaries take a moment to rank); without translations, feedback comes back as keys. */
function strength(password: string, context: string[]): ZxcvbnResult {
  factory ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary, chinese: COMMON_CHINESE_PASSWORDS },
    graphs: common.adjacencyGraphs,
    maxLength: RULES.password.max,
  });
  const inputs = context
    .flatMap((c) => [c, ...c.toLowerCase().split(/[@.\s_-]+/)])
    .filter((c) => c.length >= 3)
    .map((c) => c.toLowerCase());
  return factory.check(password, [...new Set(inputs)]);
}

/** Argon2id with the library's defaults, outside the request path (the seed, benchmarks). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}
