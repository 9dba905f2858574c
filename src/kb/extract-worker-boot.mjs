// Entry of the extraction worker thread: the worker starts with no loader of its own (tests run
// under vitest, the bot under tsx), so it registers tsx before loading the TypeScript module.
import { register } from "tsx/esm/api";

register();
await import("./extract-worker.ts");
