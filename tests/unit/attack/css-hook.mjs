// For the plain runner (run.ts): modules that import a stylesheet get an empty module for it, as
// vitest gives them in node.
import { register } from 'node:module';

register(
  `data:text/javascript,${encodeURIComponent(`export async function load(url, context, next) {
  if (url.endsWith('.css')) return { format: 'module', source: 'export default {};', shortCircuit: true };
  return next(url, context);
}`)}`,
);
