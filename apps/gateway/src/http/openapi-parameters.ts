import type { INestApplication, Type } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants.js';
import { ModulesContainer } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';

/** Nest's RouteParamtypes.QUERY and .PARAM (the enum is not exported from the package root). */
const QUERY = 4;
const PARAM = 5;

interface JsonSchema {
  properties?: Record<string, object>;
  required?: string[];
}
interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: object;
}
type Operation = { operationId?: string; parameters?: Parameter[] };

/**
 * Adds the path and query parameters of every operation to the OpenAPI document. Routes take `@Param()` and
 * `@Query()` as class-validator DTOs with no `@ApiProperty`, which @nestjs/swagger cannot see into; their JSON
 * schemas (from class-validator-jsonschema, as for bodies) say what each parameter accepts. A path parameter
 * with no DTO still gets a string parameter. Clients, and the attack suite, learn every id and filter from this.
 */
export function documentRouteParameters(app: INestApplication, document: OpenAPIObject, schemas: Record<string, object>): void {
  const operations = new Map<string, { path: string; op: Operation }>();
  for (const [path, item] of Object.entries(document.paths)) {
    for (const op of Object.values(item as Record<string, Operation>)) {
      if (op && typeof op === 'object' && op.operationId) operations.set(op.operationId, { path, op });
    }
  }
  for (const controller of controllersOf(app)) {
    for (const method of Object.getOwnPropertyNames(controller.prototype)) {
      const found = operations.get(`${controller.name}_${method}`);
      if (!found) continue;
      const { path, op } = found;
      const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, method) ?? {}) as Record<string, { index: number; data?: unknown }>;
      const types = (Reflect.getMetadata('design:paramtypes', controller.prototype, method) ?? []) as unknown[];
      const params: Parameter[] = [...(op.parameters ?? [])];
      const add = (p: Parameter) => {
        if (!params.some((q) => q.in === p.in && q.name === p.name)) params.push(p);
      };
      for (const [key, arg] of Object.entries(args)) {
        const kind = Number(key.split(':')[0]);
        if ((kind !== QUERY && kind !== PARAM) || arg.data !== undefined) continue;
        const type = types[arg.index];
        const schema = typeof type === 'function' ? (schemas[(type as Type).name] as JsonSchema | undefined) : undefined;
        for (const [name, prop] of Object.entries(schema?.properties ?? {})) {
          if (kind === PARAM && !path.includes(`{${name}}`)) continue;
          add({ name, in: kind === PARAM ? 'path' : 'query', required: kind === PARAM || (schema?.required ?? []).includes(name), schema: prop });
        }
      }
      for (const [, name] of path.matchAll(/\{([^}]+)\}/g)) add({ name: name!, in: 'path', required: true, schema: { type: 'string' } });
      op.parameters = params;
    }
  }
}

function controllersOf(app: INestApplication): Type[] {
  const out = new Set<Type>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) if (wrapper.metatype) out.add(wrapper.metatype as Type);
  }
  return [...out];
}
