using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lims.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class CompulsoryScopeAndReminderRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Instruments_CoverageByInstrument",
                table: "Instruments");

            migrationBuilder.DropIndex(
                name: "IX_Instruments_CoveragePopulation",
                table: "Instruments");

            migrationBuilder.AddColumn<string[]>(
                name: "CompulsoryUses",
                table: "InstrumentTypes",
                type: "text[]",
                nullable: false,
                defaultValue: new string[0]);

            migrationBuilder.AddColumn<string>(
                name: "CompulsoryVerification",
                table: "InstrumentTypes",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "Periodic");

            // Types already in the catalogue were compulsory for all four uses of the Metrology Law
            // (the rule of the catalogue before 2020), verified periodically; the new type columns say so.
            migrationBuilder.Sql("""
                UPDATE "InstrumentTypes" SET "CompulsoryUses" = ARRAY['TradeSettlement','HealthCare','SafetyProtection','EnvironmentalMonitoring'] WHERE "Compulsory";
                """);

            migrationBuilder.AddColumn<bool>(
                name: "RemindersRequested",
                table: "Customers",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "IX_Instruments_CoverageByInstrument",
                table: "Instruments",
                columns: new[] { "Id", "TypeCode", "Usage", "RetiredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Instruments_CoveragePopulation",
                table: "Instruments",
                columns: new[] { "TypeCode", "Usage", "RetiredOn", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Instruments_CoverageByInstrument",
                table: "Instruments");

            migrationBuilder.DropIndex(
                name: "IX_Instruments_CoveragePopulation",
                table: "Instruments");

            migrationBuilder.DropColumn(
                name: "CompulsoryUses",
                table: "InstrumentTypes");

            migrationBuilder.DropColumn(
                name: "CompulsoryVerification",
                table: "InstrumentTypes");

            migrationBuilder.DropColumn(
                name: "RemindersRequested",
                table: "Customers");

            migrationBuilder.CreateIndex(
                name: "IX_Instruments_CoverageByInstrument",
                table: "Instruments",
                columns: new[] { "Id", "TypeCode", "RetiredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Instruments_CoveragePopulation",
                table: "Instruments",
                columns: new[] { "TypeCode", "RetiredOn", "Id" });
        }
    }
}
