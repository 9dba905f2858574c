// The package ships no types; this is the shape the tests read (prom2json-like families).
declare module "parse-prometheus-text-format" {
  export default function parsePrometheusTextFormat(text: string): unknown;
}
