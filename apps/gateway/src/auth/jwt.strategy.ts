import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-custom';
import type { FastifyRequest } from 'fastify';
import { JwtVerifier, TokenRejected } from './jwt-verifier.js';

/** The passport strategy: a bearer token verified with jose. No side effects: who the subject is comes later. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(private readonly verifier: JwtVerifier) {
    super();
  }

  async validate(req: FastifyRequest): Promise<{ sub: string }> {
    const header = req.headers.authorization;
    if (!header) throw new TokenRejected('missing');
    const match = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*)$/.exec(header);
    if (!match) throw new TokenRejected('malformed');
    return this.verifier.verify(match[1]!);
  }
}
