import pg from "pg";

/** Runs one statement on its own short-lived connection (CREATE / DROP DATABASE cannot run in a pool's transaction). */
export async function runAdminSql(connectionString: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
