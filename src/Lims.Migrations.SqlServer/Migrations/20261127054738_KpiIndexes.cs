using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lims.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class KpiIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_WorkOrders_ApprovedAt",
                table: "WorkOrders");

            migrationBuilder.DropIndex(
                name: "IX_WorkOrders_InstrumentId",
                table: "WorkOrders");

            migrationBuilder.DropIndex(
                name: "IX_Submissions_ReceivedAt",
                table: "Submissions");

            migrationBuilder.DropIndex(
                name: "IX_Certificates_InstrumentId_Kind_PerformedOn",
                table: "Certificates");

            migrationBuilder.DropIndex(
                name: "IX_Certificates_LaboratoryCode_IssuedOn",
                table: "Certificates");

            migrationBuilder.AddColumn<string>(
                name: "InstrumentTypeCode",
                table: "Certificates",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            // Certificates issued before: the type of their instrument (an instrument never changes type).
            // EXEC: compiled when it runs, so the idempotent script (one batch per migration) does not trip over the new column.
            migrationBuilder.Sql("EXEC(N'UPDATE [Certificates] SET [InstrumentTypeCode] = (SELECT [TypeCode] FROM [Instruments] WHERE [Instruments].[Id] = [Certificates].[InstrumentId])')");

            migrationBuilder.CreateIndex(
                name: "IX_WorkOrders_InstrumentLaboratory",
                table: "WorkOrders",
                columns: new[] { "InstrumentId", "LaboratoryCode", "RegisteredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkOrders_TurnaroundByApproval",
                table: "WorkOrders",
                columns: new[] { "TurnaroundDays", "ApprovedAt", "LaboratoryCode" });

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_FeesWaived",
                table: "Submissions",
                columns: new[] { "ReceivedAt", "LaboratoryCode", "CustomerId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_SubmissionItems_FeesWaived",
                table: "SubmissionItems",
                columns: new[] { "SubmissionId", "FeeWaived", "WorkOrderId" });

            migrationBuilder.CreateIndex(
                name: "IX_Instruments_CoveragePopulation",
                table: "Instruments",
                columns: new[] { "TypeCode", "RetiredOn", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_Coverage",
                table: "Certificates",
                columns: new[] { "InstrumentId", "Kind", "PerformedOn", "Revoked", "SupersededBy", "InstrumentTypeCode" });

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_PassRateByCustomer",
                table: "Certificates",
                columns: new[] { "Kind", "CustomerId", "IssuedOn", "Revoked", "Supersedes", "LaboratoryCode" });

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_PassRateByInstrumentType",
                table: "Certificates",
                columns: new[] { "Kind", "InstrumentTypeCode", "IssuedOn", "Revoked", "Supersedes", "LaboratoryCode" });

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_PassRateOfLaboratory",
                table: "Certificates",
                columns: new[] { "LaboratoryCode", "IssuedOn", "Kind", "Revoked", "Supersedes", "InstrumentTypeCode", "CustomerId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_WorkOrders_InstrumentLaboratory",
                table: "WorkOrders");

            migrationBuilder.DropIndex(
                name: "IX_WorkOrders_TurnaroundByApproval",
                table: "WorkOrders");

            migrationBuilder.DropIndex(
                name: "IX_Submissions_FeesWaived",
                table: "Submissions");

            migrationBuilder.DropIndex(
                name: "IX_SubmissionItems_FeesWaived",
                table: "SubmissionItems");

            migrationBuilder.DropIndex(
                name: "IX_Instruments_CoveragePopulation",
                table: "Instruments");

            migrationBuilder.DropIndex(
                name: "IX_Certificates_Coverage",
                table: "Certificates");

            migrationBuilder.DropIndex(
                name: "IX_Certificates_PassRateByCustomer",
                table: "Certificates");

            migrationBuilder.DropIndex(
                name: "IX_Certificates_PassRateByInstrumentType",
                table: "Certificates");

            migrationBuilder.DropIndex(
                name: "IX_Certificates_PassRateOfLaboratory",
                table: "Certificates");

            migrationBuilder.DropColumn(
                name: "InstrumentTypeCode",
                table: "Certificates");

            migrationBuilder.CreateIndex(
                name: "IX_WorkOrders_ApprovedAt",
                table: "WorkOrders",
                column: "ApprovedAt");

            migrationBuilder.CreateIndex(
                name: "IX_WorkOrders_InstrumentId",
                table: "WorkOrders",
                column: "InstrumentId");

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_ReceivedAt",
                table: "Submissions",
                column: "ReceivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_InstrumentId_Kind_PerformedOn",
                table: "Certificates",
                columns: new[] { "InstrumentId", "Kind", "PerformedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_LaboratoryCode_IssuedOn",
                table: "Certificates",
                columns: new[] { "LaboratoryCode", "IssuedOn" });
        }
    }
}
