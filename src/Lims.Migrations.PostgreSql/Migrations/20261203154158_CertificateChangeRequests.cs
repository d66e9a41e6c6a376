using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lims.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class CertificateChangeRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PrintedInstrumentType",
                table: "Certificates",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "PrintedLaboratory",
                table: "Certificates",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "PrintedSerialNumber",
                table: "Certificates",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            // Certificates issued before take what the registers say now, which is what their PDF
            // printed unless a type or laboratory was renamed since (or an earlier amendment corrected
            // the serial number): the best the database still knows.
            migrationBuilder.Sql("UPDATE \"Certificates\" SET \"PrintedInstrumentType\" = COALESCE((SELECT \"InstrumentTypes\".\"Name\" FROM \"InstrumentTypes\" WHERE \"InstrumentTypes\".\"Code\" = \"Certificates\".\"InstrumentTypeCode\"), ''), \"PrintedSerialNumber\" = COALESCE((SELECT \"Instruments\".\"SerialNumber\" FROM \"Instruments\" WHERE \"Instruments\".\"Id\" = \"Certificates\".\"InstrumentId\"), ''), \"PrintedLaboratory\" = COALESCE((SELECT \"Laboratories\".\"Name\" FROM \"Laboratories\" WHERE \"Laboratories\".\"Code\" = \"Certificates\".\"LaboratoryCode\"), '')");

            migrationBuilder.CreateTable(
                name: "CertificateChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CertificateNo = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    LaboratoryCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Corrections = table.Column<string>(type: "text", nullable: true),
                    RequestedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DecidedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DecisionComment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    IssuedCertificateNo = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CertificateChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CertificateChanges_Certificates_CertificateNo",
                        column: x => x.CertificateNo,
                        principalTable: "Certificates",
                        principalColumn: "CertificateNo",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CertificateChanges_CertificateNo_Status",
                table: "CertificateChanges",
                columns: new[] { "CertificateNo", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_CertificateChanges_LaboratoryCode_Status_RequestedAt",
                table: "CertificateChanges",
                columns: new[] { "LaboratoryCode", "Status", "RequestedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CertificateChanges");

            migrationBuilder.DropColumn(
                name: "PrintedInstrumentType",
                table: "Certificates");

            migrationBuilder.DropColumn(
                name: "PrintedLaboratory",
                table: "Certificates");

            migrationBuilder.DropColumn(
                name: "PrintedSerialNumber",
                table: "Certificates");
        }
    }
}
