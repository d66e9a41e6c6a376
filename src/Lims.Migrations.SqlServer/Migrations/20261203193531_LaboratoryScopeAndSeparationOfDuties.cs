using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lims.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class LaboratoryScopeAndSeparationOfDuties : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "LaboratoryCode",
                table: "Notifications",
                type: "nvarchar(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LaboratoryCode",
                table: "Equipment",
                type: "nvarchar(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "PrintedInstrumentType",
                table: "Certificates",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "PrintedLaboratory",
                table: "Certificates",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "PrintedSerialNumber",
                table: "Certificates",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "GrantedBy",
                table: "Authorizations",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "LaboratoryCode",
                table: "Authorizations",
                type: "nvarchar(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "LaboratoryCode",
                table: "AuditTrail",
                type: "nvarchar(16)",
                maxLength: 16,
                nullable: true);

            // Each record takes the laboratory it already belongs to: equipment its standard's, an
            // authorisation and an audit line their user's (none known: an empty code, which counts
            // for no laboratory), a reminder its equipment's, standard's or authorisation's.
            migrationBuilder.Sql("EXEC(N'UPDATE \"Equipment\" SET \"LaboratoryCode\" = (SELECT \"MeasurementStandards\".\"LaboratoryCode\" FROM \"MeasurementStandards\" WHERE \"MeasurementStandards\".\"Code\" = \"Equipment\".\"StandardCode\")')");
            migrationBuilder.Sql("EXEC(N'UPDATE \"Authorizations\" SET \"LaboratoryCode\" = COALESCE((SELECT \"AspNetUsers\".\"LaboratoryCode\" FROM \"AspNetUsers\" WHERE \"AspNetUsers\".\"UserName\" = \"Authorizations\".\"UserName\"), '''')')");
            migrationBuilder.Sql("EXEC(N'UPDATE \"AuditTrail\" SET \"LaboratoryCode\" = (SELECT \"AspNetUsers\".\"LaboratoryCode\" FROM \"AspNetUsers\" WHERE \"AspNetUsers\".\"UserName\" = \"AuditTrail\".\"User\")')");
            migrationBuilder.Sql("EXEC(N'UPDATE \"Notifications\" SET \"LaboratoryCode\" = (SELECT \"Equipment\".\"LaboratoryCode\" FROM \"Equipment\" WHERE \"Equipment\".\"AssetNo\" = \"Notifications\".\"SubjectKey\") WHERE \"Kind\" IN (''EquipmentCalibrationExpired'', ''EquipmentCalibrationDue'')')");
            migrationBuilder.Sql("EXEC(N'UPDATE \"Notifications\" SET \"LaboratoryCode\" = (SELECT \"MeasurementStandards\".\"LaboratoryCode\" FROM \"MeasurementStandards\" WHERE \"MeasurementStandards\".\"Code\" = \"Notifications\".\"SubjectKey\") WHERE \"Kind\" = ''StandardAssessmentDue''')");
            migrationBuilder.Sql("EXEC(N'UPDATE \"Notifications\" SET \"LaboratoryCode\" = (SELECT NULLIF(\"Authorizations\".\"LaboratoryCode\", '''') FROM \"Authorizations\" WHERE LOWER(CONVERT(nvarchar(36), \"Authorizations\".\"Id\")) = \"Notifications\".\"SubjectKey\") WHERE \"Kind\" = ''AuthorizationExpiring''')");

            // Certificates issued before take what the registers say now, which is what their PDF
            // printed unless a type or laboratory was renamed since (or an earlier amendment corrected
            // the serial number): the best the database still knows.
            migrationBuilder.Sql("EXEC(N'UPDATE \"Certificates\" SET \"PrintedInstrumentType\" = COALESCE((SELECT \"InstrumentTypes\".\"Name\" FROM \"InstrumentTypes\" WHERE \"InstrumentTypes\".\"Code\" = \"Certificates\".\"InstrumentTypeCode\"), ''''), \"PrintedSerialNumber\" = COALESCE((SELECT \"Instruments\".\"SerialNumber\" FROM \"Instruments\" WHERE \"Instruments\".\"Id\" = \"Certificates\".\"InstrumentId\"), ''''), \"PrintedLaboratory\" = COALESCE((SELECT \"Laboratories\".\"Name\" FROM \"Laboratories\" WHERE \"Laboratories\".\"Code\" = \"Certificates\".\"LaboratoryCode\"), '''')')");

            migrationBuilder.CreateTable(
                name: "CertificateChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    CertificateNo = table.Column<string>(type: "nvarchar(48)", maxLength: 48, nullable: false),
                    LaboratoryCode = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Corrections = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    RequestedBy = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    DecidedBy = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    DecisionComment = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    IssuedCertificateNo = table.Column<string>(type: "nvarchar(48)", maxLength: 48, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "CustomerNotices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    EquipmentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AssetNo = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    LaboratoryCode = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    CertificateNo = table.Column<string>(type: "nvarchar(48)", maxLength: 48, nullable: false),
                    CustomerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    How = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    ToldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ToldBy = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CustomerNotices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CustomerNotices_Certificates_CertificateNo",
                        column: x => x.CertificateNo,
                        principalTable: "Certificates",
                        principalColumn: "CertificateNo",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CustomerNotices_Equipment_EquipmentId",
                        column: x => x.EquipmentId,
                        principalTable: "Equipment",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_LaboratoryCode_CreatedAt",
                table: "Notifications",
                columns: new[] { "LaboratoryCode", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Equipment_LaboratoryCode_AssetNo",
                table: "Equipment",
                columns: new[] { "LaboratoryCode", "AssetNo" });

            migrationBuilder.CreateIndex(
                name: "IX_Authorizations_LaboratoryCode_UserName",
                table: "Authorizations",
                columns: new[] { "LaboratoryCode", "UserName" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditTrail_LaboratoryCode_Id",
                table: "AuditTrail",
                columns: new[] { "LaboratoryCode", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_CertificateChanges_CertificateNo_Status",
                table: "CertificateChanges",
                columns: new[] { "CertificateNo", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_CertificateChanges_LaboratoryCode_Status_RequestedAt",
                table: "CertificateChanges",
                columns: new[] { "LaboratoryCode", "Status", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CustomerNotices_CertificateNo",
                table: "CustomerNotices",
                column: "CertificateNo");

            migrationBuilder.CreateIndex(
                name: "IX_CustomerNotices_EquipmentId_CertificateNo",
                table: "CustomerNotices",
                columns: new[] { "EquipmentId", "CertificateNo" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Equipment_Laboratories_LaboratoryCode",
                table: "Equipment",
                column: "LaboratoryCode",
                principalTable: "Laboratories",
                principalColumn: "Code",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Equipment_Laboratories_LaboratoryCode",
                table: "Equipment");

            migrationBuilder.DropTable(
                name: "CertificateChanges");

            migrationBuilder.DropTable(
                name: "CustomerNotices");

            migrationBuilder.DropIndex(
                name: "IX_Notifications_LaboratoryCode_CreatedAt",
                table: "Notifications");

            migrationBuilder.DropIndex(
                name: "IX_Equipment_LaboratoryCode_AssetNo",
                table: "Equipment");

            migrationBuilder.DropIndex(
                name: "IX_Authorizations_LaboratoryCode_UserName",
                table: "Authorizations");

            migrationBuilder.DropIndex(
                name: "IX_AuditTrail_LaboratoryCode_Id",
                table: "AuditTrail");

            migrationBuilder.DropColumn(
                name: "LaboratoryCode",
                table: "Notifications");

            migrationBuilder.DropColumn(
                name: "LaboratoryCode",
                table: "Equipment");

            migrationBuilder.DropColumn(
                name: "PrintedInstrumentType",
                table: "Certificates");

            migrationBuilder.DropColumn(
                name: "PrintedLaboratory",
                table: "Certificates");

            migrationBuilder.DropColumn(
                name: "PrintedSerialNumber",
                table: "Certificates");

            migrationBuilder.DropColumn(
                name: "GrantedBy",
                table: "Authorizations");

            migrationBuilder.DropColumn(
                name: "LaboratoryCode",
                table: "Authorizations");

            migrationBuilder.DropColumn(
                name: "LaboratoryCode",
                table: "AuditTrail");
        }
    }
}
