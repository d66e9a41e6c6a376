using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lims.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class KpiLaboratoryIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Certificates_PassRateOfLaboratory",
                table: "Certificates");

            migrationBuilder.CreateIndex(
                name: "IX_WorkOrders_Open",
                table: "WorkOrders",
                columns: new[] { "LaboratoryCode", "RegisteredAt" },
                filter: "\"Status\" IN ('Registered', 'Assigned', 'ResultsRecorded', 'Reviewed', 'Rejected')");

            migrationBuilder.CreateIndex(
                name: "IX_Instruments_CoverageByInstrument",
                table: "Instruments",
                columns: new[] { "Id", "TypeCode", "RetiredOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_WorkOrders_Open",
                table: "WorkOrders");

            migrationBuilder.DropIndex(
                name: "IX_Instruments_CoverageByInstrument",
                table: "Instruments");

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_PassRateOfLaboratory",
                table: "Certificates",
                columns: new[] { "LaboratoryCode", "IssuedOn", "Kind", "Revoked", "Supersedes", "InstrumentTypeCode", "CustomerId" });
        }
    }
}
