import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { AuditedPattern, Meta } from '@pg/audit';
import { DecideReviewItemRequest, IDENTITY, ListReviewQueueRequest, type RequestMeta } from '@pg/contracts';
import { ReviewService } from './review.service.js';

@Controller()
export class ReviewHandler {
  constructor(private readonly reviews: ReviewService) {}

  @AuditedPattern({ pattern: IDENTITY.reviewQueueList, action: 'search', resource: 'review-item', queryKeys: ['status', 'limit'] })
  list(@Payload() req: ListReviewQueueRequest, @Meta() meta: RequestMeta) {
    return this.reviews.list(meta, req.query);
  }

  @AuditedPattern({ pattern: IDENTITY.reviewDecide, action: 'update', resource: 'review-item' })
  decide(@Payload() req: DecideReviewItemRequest, @Meta() meta: RequestMeta) {
    return this.reviews.decide(meta, req.id, req.body);
  }
}
