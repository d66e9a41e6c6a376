using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lims.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AuditLineClientKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // SQLite changes a column's type by copying the table. The lines written so far keep
            // their order: number n becomes 00000000-…-n in hex, before every key made from the
            // clock (keys are stored as upper-case text).
            migrationBuilder.Sql("""
                CREATE TABLE "ef_temp_AuditTrail" (
                    "Id" TEXT NOT NULL CONSTRAINT "PK_AuditTrail" PRIMARY KEY,
                    "Action" TEXT NOT NULL,
                    "At" INTEGER NOT NULL,
                    "Changes" TEXT NOT NULL,
                    "Entity" TEXT NOT NULL,
                    "Key" TEXT NOT NULL,
                    "User" TEXT NOT NULL);
                """);
            migrationBuilder.Sql("""
                INSERT INTO "ef_temp_AuditTrail" ("Id", "Action", "At", "Changes", "Entity", "Key", "User")
                SELECT printf('00000000-0000-0000-0000-%012X', "Id"), "Action", "At", "Changes", "Entity", "Key", "User" FROM "AuditTrail";
                """);
            migrationBuilder.Sql("""DROP TABLE "AuditTrail";""");
            migrationBuilder.Sql("""ALTER TABLE "ef_temp_AuditTrail" RENAME TO "AuditTrail";""");
            migrationBuilder.Sql("""CREATE INDEX "IX_AuditTrail_At" ON "AuditTrail" ("At");""");
            migrationBuilder.Sql("""CREATE INDEX "IX_AuditTrail_Entity_Key" ON "AuditTrail" ("Entity", "Key");""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE "ef_temp_AuditTrail" (
                    "Id" INTEGER NOT NULL CONSTRAINT "PK_AuditTrail" PRIMARY KEY AUTOINCREMENT,
                    "Action" TEXT NOT NULL,
                    "At" INTEGER NOT NULL,
                    "Changes" TEXT NOT NULL,
                    "Entity" TEXT NOT NULL,
                    "Key" TEXT NOT NULL,
                    "User" TEXT NOT NULL);
                """);
            migrationBuilder.Sql("""
                INSERT INTO "ef_temp_AuditTrail" ("Id", "Action", "At", "Changes", "Entity", "Key", "User")
                SELECT row_number() OVER (ORDER BY "At", "Id"), "Action", "At", "Changes", "Entity", "Key", "User" FROM "AuditTrail";
                """);
            migrationBuilder.Sql("""DROP TABLE "AuditTrail";""");
            migrationBuilder.Sql("""ALTER TABLE "ef_temp_AuditTrail" RENAME TO "AuditTrail";""");
            migrationBuilder.Sql("""CREATE INDEX "IX_AuditTrail_At" ON "AuditTrail" ("At");""");
            migrationBuilder.Sql("""CREATE INDEX "IX_AuditTrail_Entity_Key" ON "AuditTrail" ("Entity", "Key");""");
        }
    }
}
