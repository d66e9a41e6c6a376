using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lims.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class LaboratoryScope : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "LaboratoryCode",
                table: "Notifications",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LaboratoryCode",
                table: "Equipment",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "GrantedBy",
                table: "Authorizations",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "LaboratoryCode",
                table: "Authorizations",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "LaboratoryCode",
                table: "AuditTrail",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            // Each record takes the laboratory it already belongs to: equipment its standard's, an
            // authorisation and an audit line their user's (none known: an empty code, which counts
            // for no laboratory), a reminder its equipment's, standard's or authorisation's.
            migrationBuilder.Sql("UPDATE \"Equipment\" SET \"LaboratoryCode\" = (SELECT \"MeasurementStandards\".\"LaboratoryCode\" FROM \"MeasurementStandards\" WHERE \"MeasurementStandards\".\"Code\" = \"Equipment\".\"StandardCode\")");
            migrationBuilder.Sql("UPDATE \"Authorizations\" SET \"LaboratoryCode\" = COALESCE((SELECT \"AspNetUsers\".\"LaboratoryCode\" FROM \"AspNetUsers\" WHERE \"AspNetUsers\".\"UserName\" = \"Authorizations\".\"UserName\"), '')");
            migrationBuilder.Sql("UPDATE \"AuditTrail\" SET \"LaboratoryCode\" = (SELECT \"AspNetUsers\".\"LaboratoryCode\" FROM \"AspNetUsers\" WHERE \"AspNetUsers\".\"UserName\" = \"AuditTrail\".\"User\")");
            migrationBuilder.Sql("UPDATE \"Notifications\" SET \"LaboratoryCode\" = (SELECT \"Equipment\".\"LaboratoryCode\" FROM \"Equipment\" WHERE \"Equipment\".\"AssetNo\" = \"Notifications\".\"SubjectKey\") WHERE \"Kind\" IN ('EquipmentCalibrationExpired', 'EquipmentCalibrationDue')");
            migrationBuilder.Sql("UPDATE \"Notifications\" SET \"LaboratoryCode\" = (SELECT \"MeasurementStandards\".\"LaboratoryCode\" FROM \"MeasurementStandards\" WHERE \"MeasurementStandards\".\"Code\" = \"Notifications\".\"SubjectKey\") WHERE \"Kind\" = 'StandardAssessmentDue'");
            migrationBuilder.Sql("UPDATE \"Notifications\" SET \"LaboratoryCode\" = (SELECT NULLIF(\"Authorizations\".\"LaboratoryCode\", '') FROM \"Authorizations\" WHERE lower(\"Authorizations\".\"Id\") = \"Notifications\".\"SubjectKey\") WHERE \"Kind\" = 'AuthorizationExpiring'");

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
