/** Error codes of API.md. Services throw a DomainException with one of these; transports map it. */
export const ErrorCode = {
  VALIDATION_FAILED: 'VALIDATION_FAILED',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  UNPROCESSABLE: 'UNPROCESSABLE',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  RATE_LIMITED: 'RATE_LIMITED',
  UNAVAILABLE: 'UNAVAILABLE',
  INTERNAL: 'INTERNAL',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export const HTTP_STATUS_OF: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  UNPROCESSABLE: 422,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
  INTERNAL: 500,
};

export interface ErrorDetail {
  field?: string;
  message?: string;
  [key: string]: unknown;
}

/** What crosses NATS when a handler fails. Never a stack trace. */
export interface RpcErrorBody {
  code: ErrorCode;
  message: string;
  details?: ErrorDetail[];
}

/** How a refusal shows in the audit trail: a scope 404 is a denial, a genuine miss is an error. */
export type AuditOutcomeHint = 'denied' | 'error';

export class DomainException extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: ErrorDetail[] = [],
    readonly auditOutcome: AuditOutcomeHint = code === ErrorCode.FORBIDDEN || code === ErrorCode.UNAUTHENTICATED ? 'denied' : 'error',
  ) {
    super(message);
    this.name = 'DomainException';
  }

  toBody(): RpcErrorBody {
    return { code: this.code, message: this.message, ...(this.details.length ? { details: this.details } : {}) };
  }

  static notFound(what = 'Resource', outOfScope = false): DomainException {
    return new DomainException(ErrorCode.NOT_FOUND, `${what} not found`, [], outOfScope ? 'denied' : 'error');
  }
  static forbidden(message = 'Not allowed', details: ErrorDetail[] = []): DomainException {
    return new DomainException(ErrorCode.FORBIDDEN, message, details, 'denied');
  }
  static conflict(message: string, details: ErrorDetail[] = []): DomainException {
    return new DomainException(ErrorCode.CONFLICT, message, details);
  }
  static validation(details: ErrorDetail[], message = 'Request validation failed'): DomainException {
    return new DomainException(ErrorCode.VALIDATION_FAILED, message, details);
  }
  static unauthenticated(message = 'Authentication required'): DomainException {
    return new DomainException(ErrorCode.UNAUTHENTICATED, message, [], 'denied');
  }
  static unavailable(message = 'Service unavailable'): DomainException {
    return new DomainException(ErrorCode.UNAVAILABLE, message);
  }
}

export function isRpcErrorBody(value: unknown): value is RpcErrorBody {
  return typeof value === 'object' && value !== null && typeof (value as RpcErrorBody).code === 'string' && (value as RpcErrorBody).code in ErrorCode;
}
