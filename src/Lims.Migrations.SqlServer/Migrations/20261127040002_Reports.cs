using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lims.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Reports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Certificates_InstrumentId",
                table: "Certificates");

            migrationBuilder.AddColumn<int>(
                name: "TurnaroundDays",
                table: "WorkOrders",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RetiredOn",
                table: "Instruments",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RetirementReason",
                table: "Instruments",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_WorkOrders_ApprovedAt",
                table: "WorkOrders",
                column: "ApprovedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_ReceivedAt",
                table: "Submissions",
                column: "ReceivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_InstrumentId_Kind_PerformedOn",
                table: "Certificates",
                columns: new[] { "InstrumentId", "Kind", "PerformedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_IssuedOn_Kind",
                table: "Certificates",
                columns: new[] { "IssuedOn", "Kind" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_WorkOrders_ApprovedAt",
                table: "WorkOrders");

            migrationBuilder.DropIndex(
                name: "IX_Submissions_ReceivedAt",
                table: "Submissions");

            migrationBuilder.DropIndex(
                name: "IX_Certificates_InstrumentId_Kind_PerformedOn",
                table: "Certificates");

            migrationBuilder.DropIndex(
                name: "IX_Certificates_IssuedOn_Kind",
                table: "Certificates");

            migrationBuilder.DropColumn(
                name: "TurnaroundDays",
                table: "WorkOrders");

            migrationBuilder.DropColumn(
                name: "RetiredOn",
                table: "Instruments");

            migrationBuilder.DropColumn(
                name: "RetirementReason",
                table: "Instruments");

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_InstrumentId",
                table: "Certificates",
                column: "InstrumentId");
        }
    }
}
