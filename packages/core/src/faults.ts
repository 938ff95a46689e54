/**
 * Parses the many shapes OpenStack services use for error bodies into one message and type.
 */
import { isRecord } from './util.js';

/** The service's own account of an error. */
export interface ServiceFault {
  message?: string | undefined;
  type?: string | undefined;
}

const MAX_MESSAGE = 1000;

function clean(text: string): string | undefined {
  // Glance puts HTML line breaks inside its JSON messages: "No image found with ID …<br /><br />".
  const collapsed = text.replace(/<br\s*\/?>/gi, ' ').replace(/\s+/g, ' ').trim();
  if (collapsed === '') return undefined;
  return collapsed.length > MAX_MESSAGE ? `${collapsed.slice(0, MAX_MESSAGE)}…` : collapsed;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function fromJson(body: unknown, depth = 0): ServiceFault | undefined {
  if (depth > 2) return undefined;
  if (!isRecord(body)) return undefined;

  // Neutron: {"NeutronError": {"type": "NetworkNotFound", "message": "...", "detail": ""}}
  const neutron = body.NeutronError;
  if (isRecord(neutron)) return { message: str(neutron.message), type: str(neutron.type) };
  if (typeof neutron === 'string') return { message: neutron };

  // Placement (and other API-WG style): {"errors": [{"status": 404, "title": "...", "detail": "...", "code": "..."}]}
  if (Array.isArray(body.errors) && body.errors.length > 0) {
    const messages: string[] = [];
    let type: string | undefined;
    for (const item of body.errors) {
      if (!isRecord(item)) continue;
      const message = str(item.detail) ?? str(item.title) ?? str(item.message);
      if (message !== undefined) messages.push(message);
      type ??= str(item.code) ?? str(item.title);
    }
    if (messages.length > 0) return { message: messages.join('; '), type };
  }

  // Ironic: {"error_message": "{\"faultstring\": \"...\", \"faultcode\": \"Client\"}"}
  const ironic = body.error_message;
  if (typeof ironic === 'string') {
    try {
      const inner = fromJson(JSON.parse(ironic), depth + 1);
      if (inner?.message !== undefined) return inner;
    } catch {
      return { message: ironic };
    }
    return { message: ironic };
  }
  if (isRecord(ironic)) {
    const inner = fromJson(ironic, depth + 1);
    if (inner !== undefined) return inner;
  }

  // Keystone {"error": {"code", "message", "title"}} and Heat {"error": {"message", "type", "traceback"}, "explanation", "title"}
  const error = body.error;
  if (isRecord(error)) {
    const message = str(error.message) ?? str(body.explanation);
    const type = str(error.type) ?? str(error.title) ?? str(body.title);
    if (message !== undefined) return { message, type };
  }
  if (typeof error === 'string') return { message: error, type: str(body.title) };

  // Octavia and other WSME services: {"faultcode": "Client", "faultstring": "...", "debuginfo": null}
  const faultstring = str(body.faultstring);
  if (faultstring !== undefined) return { message: faultstring, type: str(body.faultcode) };

  // Barbican, Designate, webob JSON: {"code": 404, "title": "Not Found", "description"|"message": "..."}
  const flat = str(body.message) ?? str(body.description) ?? str(body.detail) ?? str(body.explanation);
  if (flat !== undefined) return { message: flat, type: str(body.type) ?? str(body.title) };

  // Nova, Cinder, Manila: {"itemNotFound": {"code": 404, "message": "..."}} (one key, any name)
  const keys = Object.keys(body);
  const [key] = keys;
  if (keys.length === 1 && key !== undefined) {
    const inner = body[key];
    if (isRecord(inner)) {
      const message = str(inner.message) ?? str(inner.detail) ?? str(inner.explanation);
      if (message !== undefined) return { message, type: key };
    }
  }
  return undefined;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#?\w+);/g, (whole, name: string) => {
    const known = ENTITIES[name];
    if (known !== undefined) return known;
    if (name.startsWith('#')) {
      const code = name.startsWith('#x') ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return whole;
  });
}

function fromHtml(html: string): ServiceFault | undefined {
  // Swift's pages have no <title>: their first heading plays that part.
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1] ?? /<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(html)?.[1];
  const bodyMatch = /<body[^>]*>([\s\S]*?)(<\/body>|$)/i.exec(html);
  let body = (bodyMatch?.[1] ?? html)
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<[^>]+>/g, ' ');
  body = decodeEntities(body);
  let message = clean(body);
  const cleanTitle = title === undefined ? undefined : clean(decodeEntities(title.replace(/<[^>]+>/g, ' ')));
  // webob pages repeat the title as their first heading: "404 Not Found 404 Not Found The resource..."
  if (message !== undefined && cleanTitle !== undefined && message.startsWith(cleanTitle)) {
    const rest = clean(message.slice(cleanTitle.length));
    message = rest === undefined ? cleanTitle : clean(`${cleanTitle}: ${rest}`);
  }
  return { message: message ?? cleanTitle };
}

/**
 * Parses an error body from any OpenStack service: Nova/Cinder/Manila fault envelopes,
 * Neutron's `NeutronError`, Keystone's and Heat's `error`, Placement's `errors` list,
 * Octavia's `faultstring`, Ironic's `error_message`, Glance/Swift plain text and HTML pages.
 */
export function parseServiceFault(text: string, contentType?: string | null): ServiceFault {
  const trimmed = text.trim();
  if (trimmed === '') return {};
  const looksJson = trimmed.startsWith('{') || (contentType ?? '').includes('json');
  if (looksJson) {
    try {
      const parsed = fromJson(JSON.parse(trimmed) as unknown);
      if (parsed !== undefined) {
        return {
          message: parsed.message === undefined ? undefined : clean(parsed.message),
          type: parsed.type === undefined ? undefined : parsed.type.slice(0, 200),
        };
      }
    } catch {
      // not JSON after all: fall through to text
    }
  }
  if (/^<(!doctype|html|\?xml|head|body|h1)/i.test(trimmed) || (contentType ?? '').includes('html')) {
    return fromHtml(trimmed) ?? {};
  }
  return { message: clean(trimmed) };
}
