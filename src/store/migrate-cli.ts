// npm run db:migrate — applies pending migrations to DATABASE_URL (the bot also does this at start).
import { migrate, openStore } from "./db.js";

const url = process.env.DATABASE_URL || "file:./data/bot.db";
const store = openStore(url);
const applied = await migrate(store);
process.stdout.write(applied.length ? `Đã áp dụng / applied: ${applied.join(", ")}\n` : "Cơ sở dữ liệu đã cập nhật / up to date\n");
await store.$disconnect();
