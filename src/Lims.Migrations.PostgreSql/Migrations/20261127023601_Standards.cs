using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lims.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Standards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddUniqueConstraint(
                name: "AK_Laboratories_Code",
                table: "Laboratories",
                column: "Code");

            migrationBuilder.CreateTable(
                name: "MeasurementStandards",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    LaboratoryCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    AssessmentCertificateNo = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AssessmentValidUntil = table.Column<DateOnly>(type: "date", nullable: false),
                    IsPublicStandard = table.Column<bool>(type: "boolean", nullable: false),
                    ProcedureCodes = table.Column<string[]>(type: "text[]", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Holder = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    TracesTo = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                name: "Equipment",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AssetNo = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Manufacturer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Model = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SerialNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    StandardCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    StatusReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    StatusSince = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EquipmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    CertificateNo = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IssuedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CalibratedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: false),
                    ExpandedUncertainty = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Conformity = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    TracesTo = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkOrderId = table.Column<Guid>(type: "uuid", nullable: false),
                    EquipmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    CalibrationId = table.Column<Guid>(type: "uuid", nullable: true),
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EquipmentUses");

            migrationBuilder.DropTable(
                name: "EquipmentCalibration");

            migrationBuilder.DropTable(
                name: "Equipment");

            migrationBuilder.DropTable(
                name: "ReferenceStandards");

            migrationBuilder.DropTable(
                name: "MeasurementStandards");

            migrationBuilder.DropUniqueConstraint(
                name: "AK_Laboratories_Code",
                table: "Laboratories");
        }
    }
}
