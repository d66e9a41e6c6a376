using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lims.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class StandardsAndWorkOrders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ApprovedAt",
                table: "WorkOrders",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ApprovedBy",
                table: "WorkOrders",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "AssignedAt",
                table: "WorkOrders",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CertificateNo",
                table: "WorkOrders",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PerformedBy",
                table: "WorkOrders",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ResultCount",
                table: "WorkOrders",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "ReviewComment",
                table: "WorkOrders",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewedBy",
                table: "WorkOrders",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Authorizations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserName = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ProcedureCode = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    CertificateNo = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Authorizations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Authorizations_Procedures_ProcedureCode",
                        column: x => x.ProcedureCode,
                        principalTable: "Procedures",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Certificates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CertificateNo = table.Column<string>(type: "nvarchar(48)", maxLength: 48, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    WorkOrderId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    InstrumentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CustomerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    LaboratoryCode = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    PerformedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    IssuedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    IssuedBy = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    Conclusion = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    VerificationCode = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Sha256 = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Revoked = table.Column<bool>(type: "bit", nullable: false),
                    RevokedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    RevocationReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Supersedes = table.Column<string>(type: "nvarchar(48)", maxLength: 48, nullable: true),
                    SupersededBy = table.Column<string>(type: "nvarchar(48)", maxLength: 48, nullable: true),
                    AmendmentReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Corrections = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Certificates", x => x.Id);
                    table.UniqueConstraint("AK_Certificates_CertificateNo", x => x.CertificateNo);
                    table.ForeignKey(
                        name: "FK_Certificates_WorkOrders_WorkOrderId",
                        column: x => x.WorkOrderId,
                        principalTable: "WorkOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MeasurementStandards",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    LaboratoryCode = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    AssessmentCertificateNo = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    AssessmentValidUntil = table.Column<DateOnly>(type: "date", nullable: false),
                    IsPublicStandard = table.Column<bool>(type: "bit", nullable: false),
                    ProcedureCodes = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeasurementStandards", x => x.Id);
                    table.UniqueConstraint("AK_MeasurementStandards_Code", x => x.Code);
                    table.ForeignKey(
                        name: "FK_MeasurementStandards_Laboratories_LaboratoryCode",
                        column: x => x.LaboratoryCode,
                        principalTable: "Laboratories",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReferenceStandards",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Holder = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    TracesTo = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReferenceStandards", x => x.Id);
                    table.UniqueConstraint("AK_ReferenceStandards_Code", x => x.Code);
                    table.ForeignKey(
                        name: "FK_ReferenceStandards_ReferenceStandards_TracesTo",
                        column: x => x.TracesTo,
                        principalTable: "ReferenceStandards",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ResultRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    WorkOrderId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    RecordedBy = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    PerformedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    TemperatureC = table.Column<decimal>(type: "decimal(6,2)", precision: 6, scale: 2, nullable: false),
                    HumidityPct = table.Column<decimal>(type: "decimal(6,2)", precision: 6, scale: 2, nullable: false),
                    Location = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    EquipmentAssetNos = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    DecisionRule = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Conclusion = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Points = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Remarks = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResultRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ResultRecords_WorkOrders_WorkOrderId",
                        column: x => x.WorkOrderId,
                        principalTable: "WorkOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CertificatePdfs",
                columns: table => new
                {
                    CertificateNo = table.Column<string>(type: "nvarchar(48)", maxLength: 48, nullable: false),
                    Content = table.Column<byte[]>(type: "varbinary(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CertificatePdfs", x => x.CertificateNo);
                    table.ForeignKey(
                        name: "FK_CertificatePdfs_Certificates_CertificateNo",
                        column: x => x.CertificateNo,
                        principalTable: "Certificates",
                        principalColumn: "CertificateNo",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Equipment",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AssetNo = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Manufacturer = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Model = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    SerialNumber = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    StandardCode = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    StatusReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    StatusSince = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Equipment", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Equipment_MeasurementStandards_StandardCode",
                        column: x => x.StandardCode,
                        principalTable: "MeasurementStandards",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EquipmentCalibration",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    EquipmentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CertificateNo = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    IssuedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    CalibratedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: false),
                    ExpandedUncertainty = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Conformity = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    TracesTo = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EquipmentCalibration", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EquipmentCalibration_Equipment_EquipmentId",
                        column: x => x.EquipmentId,
                        principalTable: "Equipment",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EquipmentCalibration_ReferenceStandards_TracesTo",
                        column: x => x.TracesTo,
                        principalTable: "ReferenceStandards",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EquipmentUses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    WorkOrderId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    EquipmentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CalibrationId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    PerformedOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EquipmentUses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EquipmentUses_EquipmentCalibration_CalibrationId",
                        column: x => x.CalibrationId,
                        principalTable: "EquipmentCalibration",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EquipmentUses_Equipment_EquipmentId",
                        column: x => x.EquipmentId,
                        principalTable: "Equipment",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Authorizations_ProcedureCode",
                table: "Authorizations",
                column: "ProcedureCode");

            migrationBuilder.CreateIndex(
                name: "IX_Authorizations_UserName_ProcedureCode_CertificateNo",
                table: "Authorizations",
                columns: new[] { "UserName", "ProcedureCode", "CertificateNo" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Authorizations_ValidUntil",
                table: "Authorizations",
                column: "ValidUntil");

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_CertificateNo",
                table: "Certificates",
                column: "CertificateNo",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_CustomerId",
                table: "Certificates",
                column: "CustomerId");

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_InstrumentId",
                table: "Certificates",
                column: "InstrumentId");

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_LaboratoryCode_IssuedOn",
                table: "Certificates",
                columns: new[] { "LaboratoryCode", "IssuedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_WorkOrderId",
                table: "Certificates",
                column: "WorkOrderId");

            migrationBuilder.CreateIndex(
                name: "IX_Equipment_AssetNo",
                table: "Equipment",
                column: "AssetNo",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Equipment_StandardCode_Status",
                table: "Equipment",
                columns: new[] { "StandardCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_EquipmentCalibration_EquipmentId_CalibratedOn",
                table: "EquipmentCalibration",
                columns: new[] { "EquipmentId", "CalibratedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_EquipmentCalibration_EquipmentId_CertificateNo",
                table: "EquipmentCalibration",
                columns: new[] { "EquipmentId", "CertificateNo" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EquipmentCalibration_TracesTo",
                table: "EquipmentCalibration",
                column: "TracesTo");

            migrationBuilder.CreateIndex(
                name: "IX_EquipmentUses_CalibrationId",
                table: "EquipmentUses",
                column: "CalibrationId");

            migrationBuilder.CreateIndex(
                name: "IX_EquipmentUses_EquipmentId_PerformedOn",
                table: "EquipmentUses",
                columns: new[] { "EquipmentId", "PerformedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_EquipmentUses_WorkOrderId",
                table: "EquipmentUses",
                column: "WorkOrderId");

            migrationBuilder.CreateIndex(
                name: "IX_MeasurementStandards_Code",
                table: "MeasurementStandards",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeasurementStandards_LaboratoryCode_AssessmentValidUntil",
                table: "MeasurementStandards",
                columns: new[] { "LaboratoryCode", "AssessmentValidUntil" });

            migrationBuilder.CreateIndex(
                name: "IX_ReferenceStandards_Code",
                table: "ReferenceStandards",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReferenceStandards_TracesTo",
                table: "ReferenceStandards",
                column: "TracesTo");

            migrationBuilder.CreateIndex(
                name: "IX_ResultRecords_WorkOrderId_Number",
                table: "ResultRecords",
                columns: new[] { "WorkOrderId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Authorizations");

            migrationBuilder.DropTable(
                name: "CertificatePdfs");

            migrationBuilder.DropTable(
                name: "EquipmentUses");

            migrationBuilder.DropTable(
                name: "ResultRecords");

            migrationBuilder.DropTable(
                name: "Certificates");

            migrationBuilder.DropTable(
                name: "EquipmentCalibration");

            migrationBuilder.DropTable(
                name: "Equipment");

            migrationBuilder.DropTable(
                name: "ReferenceStandards");

            migrationBuilder.DropTable(
                name: "MeasurementStandards");

            migrationBuilder.DropColumn(
                name: "ApprovedAt",
                table: "WorkOrders");

            migrationBuilder.DropColumn(
                name: "ApprovedBy",
                table: "WorkOrders");

            migrationBuilder.DropColumn(
                name: "AssignedAt",
                table: "WorkOrders");

            migrationBuilder.DropColumn(
                name: "CertificateNo",
                table: "WorkOrders");

            migrationBuilder.DropColumn(
                name: "PerformedBy",
                table: "WorkOrders");

            migrationBuilder.DropColumn(
                name: "ResultCount",
                table: "WorkOrders");

            migrationBuilder.DropColumn(
                name: "ReviewComment",
                table: "WorkOrders");

            migrationBuilder.DropColumn(
                name: "ReviewedBy",
                table: "WorkOrders");
        }
    }
}
