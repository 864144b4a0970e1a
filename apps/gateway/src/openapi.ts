import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { validationMetadatasToSchemas } from 'class-validator-jsonschema';
import { documentRouteParameters } from './http/openapi-parameters.js';

/**
 * The OpenAPI document: routes from the controllers, body and query schemas from the class-validator
 * decorators of libs/contracts (so the document cannot disagree with what the gateway validates).
 */
export function buildOpenApi(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Patient Graph API')
    .setDescription('The single source of truth for a patient\'s health data. Envelope: `{ data, meta }`; errors: `{ error: { code, message, details, requestId } }`.')
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
    .build();
  const document = SwaggerModule.createDocument(app, config);
  const schemas = validationMetadatasToSchemas({ refPointerPrefix: '#/components/schemas/' }) as Record<string, object>;
  document.components = { ...document.components, schemas: { ...(document.components?.schemas ?? {}), ...schemas } };
  documentRouteParameters(app, document, schemas);
  return document;
}

export function mountOpenApi(app: INestApplication): void {
  SwaggerModule.setup('docs', app, buildOpenApi(app), { jsonDocumentUrl: 'openapi.json', yamlDocumentUrl: 'openapi.yaml' });
}
