/*
 * Reading the OpenAPI spec in tests: its operations, the routes an express
 * router registers, and validation of real responses with ajv.
 */
import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import type { Router } from 'express';
import type request from 'supertest';
import { parse as parseYaml } from 'yaml';

/** The parsed `src/schema/openapi.yaml`. */
export const spec = parseYaml(
  fs.readFileSync(path.resolve(__dirname, '../schema/openapi.yaml'), 'utf8'),
);
/** HTTP methods that can hold an operation. */
export const METHODS = ['get', 'put', 'post', 'patch', 'delete'];

/** `METHOD /path/{param}` for every operation in the spec. */
export function specRoutes(): string[] {
  return Object.entries(spec.paths as Record<string, Record<string, unknown>>)
    .flatMap(([p, item]) =>
      Object.keys(item)
        .filter(key => METHODS.includes(key))
        .map(method => `${method.toUpperCase()} ${p}`),
    )
    .sort();
}

/** `METHOD /path/{param}` for every route registered on the router. */
export function routerRoutes(router: Router): string[] {
  return router.stack
    .filter(layer => layer.route)
    .flatMap(layer => {
      const route = layer.route as unknown as {
        path: string;
        methods: Record<string, boolean>;
      };
      const openApiPath = route.path.replace(/:(\w+)/g, '{$1}');
      return Object.keys(route.methods).map(
        method => `${method.toUpperCase()} ${openApiPath}`,
      );
    })
    .sort();
}

function resolveRef<T>(node: any): T {
  if (!node?.$ref) return node;
  const segments = (node.$ref as string).replace(/^#\//, '').split('/');
  return segments.reduce((acc: any, key) => acc[key], spec);
}

const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv.addFormat(
  'uuid',
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
);
ajv.addFormat('date-time', text => !Number.isNaN(Date.parse(text)));
ajv.addFormat('uri', text => URL.canParse(text));
ajv.addSchema({ ...spec, $id: 'openapi.json' });

/** Validates a response body against the spec's schema for the operation and status. */
export function expectMatchesSpec(
  method: string,
  specPath: string,
  res: request.Response,
) {
  const operation = spec.paths[specPath]?.[method];
  expect(operation).toBeDefined();
  const response = resolveRef<any>(operation.responses[String(res.status)]);
  if (!response) {
    throw new Error(
      `${method} ${specPath} does not document status ${res.status}`,
    );
  }
  const mediaType = res.type;
  // A response without a body (204) matches a response the spec documents
  // without content, and only that.
  if (res.status === 204 || !mediaType) {
    expect({
      status: res.status,
      text: res.text,
      content: response.content,
    }).toEqual({ status: res.status, text: '', content: undefined });
    return;
  }
  const content = response.content?.[mediaType];
  if (!content) {
    throw new Error(
      `${method} ${specPath} ${res.status} does not document ${mediaType}`,
    );
  }
  const validate = ajv.compile(rebase(content.schema));
  const body = mediaType === 'application/json' ? res.body : res.text;
  if (!validate(body)) {
    throw new Error(
      `${method.toUpperCase()} ${specPath} ${res.status}: ${ajv.errorsText(
        validate.errors,
      )}`,
    );
  }
}

/** A schema of the spec whose `#/...` refs point into the registered spec. */
function rebase(schema: unknown): object {
  return JSON.parse(
    JSON.stringify(schema).replace(/"\$ref":"#\//g, '"$ref":"openapi.json#/'),
  );
}
