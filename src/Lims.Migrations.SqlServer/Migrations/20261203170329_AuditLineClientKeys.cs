using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lims.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class AuditLineClientKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // An identity column cannot change its type: a new column takes its place. The lines
            // written so far keep their order: number n becomes 00000000-…-n in hex (SQL Server
            // compares the last six bytes first), before every key made from the clock.
            migrationBuilder.Sql("ALTER TABLE [AuditTrail] DROP CONSTRAINT [PK_AuditTrail];");
            migrationBuilder.Sql("ALTER TABLE [AuditTrail] ADD [NewId] uniqueidentifier NULL;");
            migrationBuilder.Sql("UPDATE [AuditTrail] SET [NewId] = CONVERT(uniqueidentifier, '00000000-0000-0000-0000-' + RIGHT(CONVERT(varchar(16), CONVERT(varbinary(8), [Id]), 2), 12));");
            migrationBuilder.Sql("ALTER TABLE [AuditTrail] DROP COLUMN [Id];");
            migrationBuilder.Sql("EXEC sp_rename N'[AuditTrail].[NewId]', N'Id', N'COLUMN';");
            migrationBuilder.Sql("ALTER TABLE [AuditTrail] ALTER COLUMN [Id] uniqueidentifier NOT NULL;");
            migrationBuilder.Sql("ALTER TABLE [AuditTrail] ADD CONSTRAINT [PK_AuditTrail] PRIMARY KEY ([Id]);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("ALTER TABLE [AuditTrail] DROP CONSTRAINT [PK_AuditTrail];");
            migrationBuilder.Sql("ALTER TABLE [AuditTrail] DROP COLUMN [Id];");
            migrationBuilder.Sql("ALTER TABLE [AuditTrail] ADD [Id] bigint IDENTITY(1, 1) NOT NULL;");
            migrationBuilder.Sql("ALTER TABLE [AuditTrail] ADD CONSTRAINT [PK_AuditTrail] PRIMARY KEY ([Id]);");
        }
    }
}
