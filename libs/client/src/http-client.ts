import type {
  AccessLogEntryDto, AuditEventFilterDto, DisclosureDto, ListAccessLogQueryDto, ListDisclosuresQueryDto,
} from '@pg/contracts';
import type {
  AddCareTeamMemberDto, CareTeamMemberDto, CreatePatientDto, CreatePrincipalDto, ErrorCode, ErrorDetail, ListCareTeamQueryDto,
  ListPrincipalsQueryDto, PatientDto, PrincipalDto, PrincipalWithSecretDto, SearchAuditEventsQueryDto, SearchPatientsQueryDto, StoredAuditEvent,
  UpdatePatientDto, UpdatePrincipalDto, VerifyChainResultDto, VerifyChainQueryDto, VerifyJobDto, PurposeOfUse,
} from '@pg/contracts';
import type {
  LabReportComparisonDto, LabReportDeletionDto, LatestLabResultDto,
  CheckInDto, CheckInTrendDto, CheckInTrendQueryDto, ConditionDto, CreateConditionDto, CreateMedicationDto, ListCheckInsQueryDto, ListConditionsQueryDto,
  ListMedicationsQueryDto, MedicationDto, RecordCheckInDto, UpdateConditionDto, UpdateMedicationDto,
} from '@pg/contracts';
import type {
  BiomarkerDto, LabReportDetailDto, LabReportDto, LabResultDto, LabTrendDto, LabTrendQueryDto, ListBiomarkersQueryDto, ListLabReportsQueryDto,
  SearchLabResultsQueryDto, StructuredLabReportDto,
} from '@pg/contracts';
import type {
  AppendMessageDto, ConversationDetailDto, ConversationDto, ConversationMessagesQueryDto, ConversationSearchHitDto, CreateClinicalEventDto,
  CreateConversationDto, ListConversationsQueryDto, MessageDto, PatientContextDto, SearchConversationsQueryDto, TimelineEntryDto, TimelineQueryDto,
  AdherenceDto, AdherenceQueryDto, CreateProtocolDto, DoseLogDto, GetProtocolQueryDto, ListDosesQueryDto, ListProtocolsQueryDto, LogDoseDto, ProtocolDto, RegimenDto,
  UpdateProtocolDto, WearableImportDto,
} from '@pg/contracts';

import type {
  IdentityDto, LinkIdentityDto, ListIdentitiesQueryDto, ListReviewQueueQueryDto, MatchCandidateDto, MatchPersonDto, ResolvedIdentifierDto,
  ReviewDecisionDto, ReviewItemDto,
} from '@pg/contracts';

export interface ApiErrorBody {
  error: { code: ErrorCode; message: string; details?: ErrorDetail[]; requestId: string };
}

export interface ApiResponse<T> {
  status: number;
  headers: Headers;
  body: T;
}

export interface ListResult<T> {
  data: T[];
  meta: { nextCursor: string | null; limit: number };
}

export class ApiError extends Error {
  constructor(readonly status: number, readonly body: ApiErrorBody, readonly headers: Headers) {
    super(`${status} ${body?.error?.code ?? 'ERROR'}: ${body?.error?.message ?? ''}`);
  }
  get code(): ErrorCode | undefined {
    return this.body?.error?.code;
  }
}

export interface RequestOptions {
  query?: object;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface ClientOptions {
  token?: string;
  purposeOfUse?: PurposeOfUse;
  breakGlass?: string;
  headers?: Record<string, string>;
}

type Query<T> = { [K in keyof T]?: T[K] };

/** `If-Match: "<version>"` when a version is given (API.md: 409 when stale). */
const ifMatch = (version?: number): Record<string, string> => (version ? { 'if-match': `"${version}"` } : {});

/**
 * The typed HTTP client of the Patient Graph API (`/v1`), for consumer apps and the end-to-end tests.
 * Methods resolve to the `data` of API.md's envelope (lists to `{ data, meta }`) and throw ApiError otherwise.
 */
export class PatientGraphClient {
  constructor(readonly baseUrl: string, private readonly options: ClientOptions = {}) {}

  /** The same client with another token or headers. */
  with(options: ClientOptions): PatientGraphClient {
    return new PatientGraphClient(this.baseUrl, { ...this.options, ...options, headers: { ...this.options.headers, ...options.headers } });
  }

  /** Any request, never throwing: for tests of status codes and headers. */
  async raw<T = unknown>(method: string, path: string, opts: RequestOptions = {}): Promise<ApiResponse<T>> {
    const url = new URL(path, this.baseUrl);
    for (const [k, v] of Object.entries(opts.query ?? {})) if (v !== undefined && v !== null) url.searchParams.set(k, String(v));
    const headers: Record<string, string> = { accept: 'application/json', ...this.options.headers, ...opts.headers };
    if (this.options.token) headers.authorization ??= `Bearer ${this.options.token}`;
    if (this.options.purposeOfUse) headers['x-purpose-of-use'] ??= this.options.purposeOfUse;
    if (this.options.breakGlass) headers['x-break-glass'] ??= this.options.breakGlass;
    let body: string | undefined;
    if (opts.body !== undefined) {
      body = typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body);
      headers['content-type'] ??= 'application/json';
    }
    const res = await fetch(url, { method, headers, body });
    const text = await res.text();
    let parsed: unknown = text;
    if ((res.headers.get('content-type') ?? '').includes('json') && text) parsed = JSON.parse(text);
    return { status: res.status, headers: res.headers, body: parsed as T };
  }

  private async data<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
    const res = await this.raw<{ data: T } | ApiErrorBody>(method, path, opts);
    if (res.status >= 400) throw new ApiError(res.status, res.body as ApiErrorBody, res.headers);
    return (res.body as { data: T }).data;
  }

  private async list<T>(path: string, query?: object): Promise<ListResult<T>> {
    const res = await this.raw<ListResult<T> | ApiErrorBody>('GET', path, { query });
    if (res.status >= 400) throw new ApiError(res.status, res.body as ApiErrorBody, res.headers);
    return res.body as ListResult<T>;
  }

  /**
   * Every page of a FHIR Bundle the API pages (`GET /v1/patients/{id}/fhir`), from `path` along its `next` links (read
   * against this client's gateway, whatever host they name). A page that is not 200 throws ApiError.
   */
  async *fhirPages<B extends { link?: { relation: string; url: string }[] }>(path: string): AsyncGenerator<B> {
    let next: string | undefined = path;
    while (next) {
      const res: ApiResponse<B | ApiErrorBody> = await this.raw<B | ApiErrorBody>('GET', next.replace(/^https?:\/\/[^/]+/, ''));
      if (res.status !== 200) throw new ApiError(res.status, res.body as ApiErrorBody, res.headers);
      const page = res.body as B;
      yield page;
      next = page.link?.find((l) => l.relation === 'next')?.url;
    }
  }

  me(): Promise<PrincipalDto> {
    return this.data('GET', '/v1/me');
  }

  readonly principals = {
    list: (query?: Query<ListPrincipalsQueryDto>) => this.list<PrincipalDto>('/v1/principals', query),
    /** A service principal's answer carries its client secret (`clientSecret`), shown this once. */
    create: (body: CreatePrincipalDto) => this.data<PrincipalDto & { clientSecret?: string }>('POST', '/v1/principals', { body }),
    rotateSecret: (id: string) => this.data<PrincipalWithSecretDto>('POST', `/v1/principals/${id}/secret`),
    get: (id: string) => this.data<PrincipalDto>('GET', `/v1/principals/${id}`),
    update: (id: string, body: UpdatePrincipalDto) => this.data<PrincipalDto>('PATCH', `/v1/principals/${id}`, { body }),
    deactivate: (id: string) => this.data<PrincipalDto>('DELETE', `/v1/principals/${id}`),
  };

  readonly careTeam = {
    list: (patientId: string, query?: Query<ListCareTeamQueryDto>) => this.list<CareTeamMemberDto>(`/v1/patients/${patientId}/care-team`, query),
    add: (patientId: string, body: AddCareTeamMemberDto) => this.data<CareTeamMemberDto>('POST', `/v1/patients/${patientId}/care-team`, { body }),
    remove: (patientId: string, principalId: string) => this.data<CareTeamMemberDto>('DELETE', `/v1/patients/${patientId}/care-team/${principalId}`),
  };

  readonly patients = {
    create: (body: CreatePatientDto) => this.data<PatientDto>('POST', '/v1/patients', { body }),
    search: (query?: Query<SearchPatientsQueryDto>) => this.list<Partial<PatientDto>>('/v1/patients', query),
    get: (id: string) => this.data<Partial<PatientDto>>('GET', `/v1/patients/${id}`),
    update: (id: string, body: UpdatePatientDto, version?: number) =>
      this.data<Partial<PatientDto>>('PATCH', `/v1/patients/${id}`, { body, headers: version ? { 'if-match': `"${version}"` } : {} }),
    deactivate: (id: string) => this.data<Partial<PatientDto>>('DELETE', `/v1/patients/${id}`),
    /** Admin: soft delete with a reason: the patient answers 404 everywhere until restored (kept at least 7 years). */
    softDelete: (id: string, reason: string) =>
      this.data<{ id: string; patientId: string; deletedAt: string; retainUntil: string }>('DELETE', `/v1/patients/${id}`, { body: { reason } }),
    /** Admin: undo a soft delete, with a reason. */
    restore: (id: string, reason: string) => this.data<Partial<PatientDto>>('POST', `/v1/patients/${id}/restore`, { body: { reason } }),
  };

  /** A patient's conditions: coded (SNOMED CT, ICD-10-CM), versioned (pass the version you read: 409 when stale). */
  readonly conditions = {
    list: (patientId: string, query?: Query<ListConditionsQueryDto>) => this.list<ConditionDto>(`/v1/patients/${patientId}/conditions`, query),
    get: (patientId: string, id: string) => this.data<ConditionDto>('GET', `/v1/patients/${patientId}/conditions/${id}`),
    create: (patientId: string, body: CreateConditionDto) => this.data<ConditionDto>('POST', `/v1/patients/${patientId}/conditions`, { body }),
    update: (patientId: string, id: string, body: UpdateConditionDto, version?: number) =>
      this.data<ConditionDto>('PATCH', `/v1/patients/${patientId}/conditions/${id}`, { body, headers: ifMatch(version) }),
    remove: (patientId: string, id: string, version?: number) =>
      this.data<ConditionDto>('DELETE', `/v1/patients/${patientId}/conditions/${id}`, { headers: ifMatch(version) }),
  };

  /** A patient's medications: optionally coded (RxNorm, SNOMED CT), versioned like conditions. */
  readonly medications = {
    list: (patientId: string, query?: Query<ListMedicationsQueryDto>) => this.list<MedicationDto>(`/v1/patients/${patientId}/medications`, query),
    get: (patientId: string, id: string) => this.data<MedicationDto>('GET', `/v1/patients/${patientId}/medications/${id}`),
    create: (patientId: string, body: CreateMedicationDto) => this.data<MedicationDto>('POST', `/v1/patients/${patientId}/medications`, { body }),
    update: (patientId: string, id: string, body: UpdateMedicationDto, version?: number) =>
      this.data<MedicationDto>('PATCH', `/v1/patients/${patientId}/medications/${id}`, { body, headers: ifMatch(version) }),
    remove: (patientId: string, id: string, version?: number) =>
      this.data<MedicationDto>('DELETE', `/v1/patients/${patientId}/medications/${id}`, { headers: ifMatch(version) }),
  };

  /** The daily check-in: one per patient and day (a second one that day replaces it), listed and trended. */
  readonly checkIns = {
    /** `created`: true for the day's first check-in (201), false when it replaced that day's (200). */
    record: async (patientId: string, body: RecordCheckInDto): Promise<{ checkIn: CheckInDto; created: boolean }> => {
      const res = await this.raw<{ data: CheckInDto } | ApiErrorBody>('POST', `/v1/patients/${patientId}/check-ins`, { body });
      if (res.status >= 400) throw new ApiError(res.status, res.body as ApiErrorBody, res.headers);
      return { checkIn: (res.body as { data: CheckInDto }).data, created: res.status === 201 };
    },
    list: (patientId: string, query?: Query<ListCheckInsQueryDto>) => this.list<CheckInDto>(`/v1/patients/${patientId}/check-ins`, query),
    trend: (patientId: string, query?: Query<CheckInTrendQueryDto>) => this.data<CheckInTrendDto>('GET', `/v1/patients/${patientId}/check-ins/trend`, { query }),
  };

  /** The assistant's view: profile basics, conditions, medications, regimen, latest biomarkers, wearables, last turns; `omitted` names what is missing. */
  getPatientContext(patientId: string): Promise<PatientContextDto> {
    return this.data('GET', `/v1/patients/${patientId}/context`);
  }

  /** The patient's timeline, newest first (`?type=`, `?from=`, `?to=`, cursor pages). */
  getTimeline(patientId: string, query?: Query<TimelineQueryDto>): Promise<ListResult<TimelineEntryDto>> {
    return this.list(`/v1/patients/${patientId}/timeline`, query);
  }

  /** A manual timeline event: check-in, note or call. */
  createEvent(patientId: string, body: CreateClinicalEventDto): Promise<TimelineEntryDto> {
    return this.data('POST', `/v1/patients/${patientId}/events`, { body });
  }

  createConversation(patientId: string, body: CreateConversationDto): Promise<Partial<ConversationDto>> {
    return this.data('POST', `/v1/patients/${patientId}/conversations`, { body });
  }

  listConversations(patientId: string, query?: Query<ListConversationsQueryDto>): Promise<ListResult<Partial<ConversationDto>>> {
    return this.list(`/v1/patients/${patientId}/conversations`, query);
  }

  /** A conversation with one page of its messages (`messagesNextCursor` → `?cursor=`). */
  getConversation(patientId: string, conversationId: string, query?: Query<ConversationMessagesQueryDto>): Promise<Partial<ConversationDetailDto>> {
    return this.data('GET', `/v1/patients/${patientId}/conversations/${conversationId}`, { query });
  }

  appendMessage(patientId: string, conversationId: string, body: AppendMessageDto): Promise<MessageDto> {
    return this.data('POST', `/v1/patients/${patientId}/conversations/${conversationId}/messages`, { body });
  }

  /** Full-text search within the patient's conversations, best match first. */
  searchConversations(patientId: string, query: Query<SearchConversationsQueryDto> & { q: string }): Promise<ListResult<ConversationSearchHitDto>> {
    return this.list(`/v1/patients/${patientId}/conversations/search`, query);
  }

  /** The audit trail (auditors), the accounting of disclosures (auditors, the patient) and a record's access log. */
  readonly audit = {
    events: (query?: Query<SearchAuditEventsQueryDto>) => this.list<StoredAuditEvent>('/v1/audit/events', query),
    event: (id: string) => this.data<StoredAuditEvent>('GET', `/v1/audit/events/${id}`),
    /** The whole chain (up to the bound), or a slice: `{ fromSeq, toSeq }` or `{ from, to }`. */
    verify: (query?: Query<VerifyChainQueryDto>) => this.data<VerifyChainResultDto>('GET', '/v1/audit/verify', { query }),
    /** Starts a verification of the whole chain in the background. */
    createVerifyJob: () => this.data<VerifyJobDto>('POST', '/v1/audit/verify-jobs'),
    verifyJob: (id: string) => this.data<VerifyJobDto>('GET', `/v1/audit/verify-jobs/${id}`),
    /** Every event matching the filters, streamed by the gateway: the response, to read as it arrives. */
    exportResponse: (query: Query<AuditEventFilterDto> = {}, format: 'ndjson' | 'csv' = 'ndjson'): Promise<Response> => {
      const url = new URL('/v1/audit/events', this.baseUrl);
      for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null) url.searchParams.set(k, String(v));
      const headers: Record<string, string> = { ...this.options.headers, accept: format === 'csv' ? 'text/csv' : 'application/x-ndjson' };
      if (this.options.token) headers.authorization ??= `Bearer ${this.options.token}`;
      if (this.options.purposeOfUse) headers['x-purpose-of-use'] ??= this.options.purposeOfUse;
      return fetch(url, { headers });
    },
    /** The whole export as text (NDJSON: one event per line; CSV: a header line, then one line per event). */
    export: async (query: Query<AuditEventFilterDto> = {}, format: 'ndjson' | 'csv' = 'ndjson'): Promise<string> => {
      const res = await this.audit.exportResponse(query, format);
      if (res.status >= 400) throw new ApiError(res.status, (await res.json()) as ApiErrorBody, res.headers);
      return res.text();
    },
    disclosures: (patientId: string, query?: Query<ListDisclosuresQueryDto>) => this.list<DisclosureDto>(`/v1/audit/patients/${patientId}/disclosures`, query),
    accessLog: (patientId: string, query?: Query<ListAccessLogQueryDto>) => this.list<AccessLogEntryDto>(`/v1/patients/${patientId}/access-log`, query),
  };

  /** Lab reports (uploads answer 202: parsing runs on a queue), results, trends and the biomarker catalog. */
  readonly labs = {
    /** A PDF as multipart `file` (up to 20 MB). */
    uploadPdf: (patientId: string, pdf: Uint8Array, fileName = 'report.pdf') => {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }), fileName);
      return this.labs.send<LabReportDto>('POST', `/v1/patients/${patientId}/lab-reports`, form);
    },
    /** An HL7 v2 ORU^R01 message. */
    uploadHl7: (patientId: string, message: string, contentType = 'application/hl7-v2') =>
      this.data<LabReportDto>('POST', `/v1/patients/${patientId}/lab-reports`, { body: message, headers: { 'content-type': contentType } }),
    /** A report as printed text (text/plain; an HL7 message sent as text/plain is read as HL7). */
    uploadText: (patientId: string, text: string) =>
      this.data<LabReportDto>('POST', `/v1/patients/${patientId}/lab-reports`, { body: text, headers: { 'content-type': 'text/plain' } }),
    /** Structured results `{ collectedAt?, results: [...] }`. */
    uploadResults: (patientId: string, body: StructuredLabReportDto) => this.data<LabReportDto>('POST', `/v1/patients/${patientId}/lab-reports`, { body }),
    reports: (patientId: string, query?: Query<ListLabReportsQueryDto>) => this.list<LabReportDto>(`/v1/patients/${patientId}/lab-reports`, query),
    report: (patientId: string, reportId: string) => this.data<LabReportDetailDto>('GET', `/v1/patients/${patientId}/lab-reports/${reportId}`),
    /** The original as uploaded, with its content type. */
    file: async (patientId: string, reportId: string): Promise<{ contentType: string; bytes: Uint8Array }> => {
      const res = await this.labs.fetch('GET', `/v1/patients/${patientId}/lab-reports/${reportId}/file`);
      if (res.status >= 400) throw new ApiError(res.status, (await res.json()) as ApiErrorBody, res.headers);
      return { contentType: res.headers.get('content-type') ?? '', bytes: new Uint8Array(await res.arrayBuffer()) };
    },
    results: (patientId: string, query?: Query<SearchLabResultsQueryDto>) => this.list<LabResultDto>(`/v1/patients/${patientId}/lab-results`, query),
    trend: (patientId: string, query: LabTrendQueryDto) => this.data<LabTrendDto>('GET', `/v1/patients/${patientId}/lab-results/trend`, { query }),
    biomarkers: (query?: Query<ListBiomarkersQueryDto>) => this.list<BiomarkerDto>('/v1/biomarkers', query),
    /** Two reports side by side: per biomarker both values in one unit, change, direction, status change. */
    compare: (patientId: string, a: string, b: string) => this.data<LabReportComparisonDto>('GET', `/v1/patients/${patientId}/lab-reports/compare`, { query: { a, b } }),
    /** The newest result of each biomarker, the one before it and the direction (the assistant's context). */
    latest: (patientId: string) => this.data<LatestLabResultDto[]>('GET', `/v1/patients/${patientId}/lab-results/latest`),
    /** A clinician marks a report reviewed (idempotent). */
    review: (patientId: string, reportId: string) => this.data<LabReportDto>('POST', `/v1/patients/${patientId}/lab-reports/${reportId}/review`),
    /** An admin soft-deletes a report with a reason, and restores it. */
    remove: (patientId: string, reportId: string, reason: string) => this.data<LabReportDeletionDto>('DELETE', `/v1/patients/${patientId}/lab-reports/${reportId}`, { body: { reason } }),
    restore: (patientId: string, reportId: string) => this.data<LabReportDeletionDto>('POST', `/v1/patients/${patientId}/lab-reports/${reportId}/restore`),
    /** A request with a body fetch encodes itself (multipart), with this client's token and headers. */
    fetch: (method: string, path: string, body?: FormData): Promise<Response> => {
      const headers: Record<string, string> = { accept: 'application/json', ...this.options.headers };
      if (this.options.token) headers.authorization ??= `Bearer ${this.options.token}`;
      if (this.options.purposeOfUse) headers['x-purpose-of-use'] ??= this.options.purposeOfUse;
      if (this.options.breakGlass) headers['x-break-glass'] ??= this.options.breakGlass;
      return fetch(new URL(path, this.baseUrl), { method, headers, ...(body ? { body } : {}) });
    },
    send: async <T>(method: string, path: string, body: FormData): Promise<T> => {
      const res = await this.labs.fetch(method, path, body);
      const parsed = (await res.json()) as { data: T } | ApiErrorBody;
      if (res.status >= 400) throw new ApiError(res.status, parsed as ApiErrorBody, res.headers);
      return (parsed as { data: T }).data;
    },
  };
  /** Protocols (versioned), the regimen of a day, the dose log and adherence (docs/protocols.md). */
  readonly protocols = {
    create: (patientId: string, body: CreateProtocolDto) => this.data<ProtocolDto>('POST', `/v1/patients/${patientId}/protocols`, { body }),
    list: (patientId: string, query?: Query<ListProtocolsQueryDto>) => this.list<ProtocolDto>(`/v1/patients/${patientId}/protocols`, query),
    /** The newest version; `{ version }` that one; `{ at }` the one in force then. */
    get: (patientId: string, id: string, query?: Query<GetProtocolQueryDto>) => this.data<ProtocolDto>('GET', `/v1/patients/${patientId}/protocols/${id}`, { query }),
    versions: (patientId: string, id: string) => this.list<ProtocolDto>(`/v1/patients/${patientId}/protocols/${id}/versions`),
    /** A new version; `version` is sent as If-Match. */
    update: (patientId: string, id: string, body: UpdateProtocolDto, version?: number) =>
      this.data<ProtocolDto>('PATCH', `/v1/patients/${patientId}/protocols/${id}`, { body, headers: version ? { 'if-match': `"${version}"` } : {} }),
    doses: (patientId: string, id: string, query?: Query<ListDosesQueryDto>) => this.list<DoseLogDto>(`/v1/patients/${patientId}/protocols/${id}/doses`, query),
    logDose: (patientId: string, id: string, body: LogDoseDto) => this.data<DoseLogDto>('POST', `/v1/patients/${patientId}/protocols/${id}/doses`, { body }),
    adherence: (patientId: string, id: string, query?: Query<AdherenceQueryDto>) => this.data<AdherenceDto>('GET', `/v1/patients/${patientId}/protocols/${id}/adherence`, { query }),
    regimen: (patientId: string, date: string, timeZone?: string) =>
      this.data<RegimenDto>('GET', `/v1/patients/${patientId}/regimen`, { query: { date, ...(timeZone ? { timeZone } : {}) } }),
  };

  /** External identifiers, resolution, matching and the review queue (docs/identity.md). */
  readonly identities = {
    list: (patientId: string, query?: Query<ListIdentitiesQueryDto>) => this.list<IdentityDto>(`/v1/patients/${patientId}/identities`, query),
    link: (patientId: string, body: LinkIdentityDto) => this.data<IdentityDto>('POST', `/v1/patients/${patientId}/identities`, { body }),
    unlink: (patientId: string, id: string) => this.data<IdentityDto>('DELETE', `/v1/patients/${patientId}/identities/${id}`),
    resolve: (system: string, value: string) => this.data<ResolvedIdentifierDto>('GET', '/v1/identities/resolve', { query: { system, value } }),
    match: async (body: MatchPersonDto): Promise<ListResult<MatchCandidateDto>> => {
      const res = await this.raw<ListResult<MatchCandidateDto> | ApiErrorBody>('POST', '/v1/identities/match', { body });
      if (res.status >= 400) throw new ApiError(res.status, res.body as ApiErrorBody, res.headers);
      return res.body as ListResult<MatchCandidateDto>;
    },
    reviewQueue: (query?: Query<ListReviewQueueQueryDto>) => this.list<ReviewItemDto>('/v1/identities/review-queue', query),
    decide: (id: string, body: ReviewDecisionDto) => this.data<ReviewItemDto>('POST', `/v1/identities/review-queue/${id}/decision`, { body }),
  };

  /** Wearable and CGM exports (docs/wearables.md): an upload answers 202 with its import job, read until it has ended. */
  readonly wearables = {
    /** The export as multipart `file` (up to 100 MB); `timeZone` for zone-less exports (LibreView, Clarity). Answers the queued import. */
    upload: (patientId: string, bytes: Uint8Array, opts: { fileName?: string; timeZone?: string } = {}) => {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(bytes)], { type: 'application/octet-stream' }), opts.fileName ?? 'export');
      const q = opts.timeZone ? `?${new URLSearchParams({ timeZone: opts.timeZone })}` : '';
      return this.labs.send<WearableImportDto>('POST', `/v1/patients/${patientId}/wearables/imports${q}`, form);
    },
    importStatus: (patientId: string, importId: string) => this.data<WearableImportDto>('GET', `/v1/patients/${patientId}/wearables/imports/${importId}`),
    /**
     * Uploads, then reads the import every `pollMs` (200) until it is `completed` or `failed` (a failed import is
     * returned, not thrown: its `error` says why); gives up after `timeoutMs` (120 s) with the import as last read.
     */
    uploadAndWait: async (patientId: string, bytes: Uint8Array, opts: { fileName?: string; timeZone?: string; pollMs?: number; timeoutMs?: number } = {}) => {
      let imp = await this.wearables.upload(patientId, bytes, opts);
      const deadline = Date.now() + (opts.timeoutMs ?? 120_000);
      while ((imp.status === 'queued' || imp.status === 'running') && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, opts.pollMs ?? 200));
        imp = await this.wearables.importStatus(patientId, imp.id);
      }
      return imp;
    },
  };
}
