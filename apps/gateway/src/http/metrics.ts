import { Injectable } from '@nestjs/common';

/** Request counters and a latency histogram in Prometheus text format. Labels carry routes and codes, no ids. */
@Injectable()
export class Metrics {
  private readonly requests = new Map<string, number>();
  private readonly buckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];
  private readonly counts = new Array<number>(this.buckets.length + 1).fill(0);
  private sum = 0;
  private total = 0;

  observe(method: string, route: string, status: number, seconds: number): void {
    const key = `method="${method}",route="${route}",status="${status}"`;
    this.requests.set(key, (this.requests.get(key) ?? 0) + 1);
    let i = this.buckets.findIndex((b) => seconds <= b);
    if (i === -1) i = this.buckets.length;
    this.counts[i]!++;
    this.sum += seconds;
    this.total++;
  }

  render(): string {
    const lines = ['# HELP http_requests_total Requests by route and status', '# TYPE http_requests_total counter'];
    for (const [labels, n] of this.requests) lines.push(`http_requests_total{${labels}} ${n}`);
    lines.push('# HELP http_request_duration_seconds Request latency', '# TYPE http_request_duration_seconds histogram');
    let cumulative = 0;
    this.buckets.forEach((b, i) => {
      cumulative += this.counts[i]!;
      lines.push(`http_request_duration_seconds_bucket{le="${b}"} ${cumulative}`);
    });
    lines.push(`http_request_duration_seconds_bucket{le="+Inf"} ${this.total}`);
    lines.push(`http_request_duration_seconds_sum ${this.sum}`, `http_request_duration_seconds_count ${this.total}`);
    return `${lines.join('\n')}\n`;
  }
}
