using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lims.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class OutOfServiceCause : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "OutOfServiceCause",
                table: "Equipment",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            // Back-fill: equipment out of service with the reason exactly as the recall scan wrote it
            // (Equipment.ExpiredCalibrationReason; LIKE is case-sensitive there) was taken out for its expired calibration.
            migrationBuilder.Sql("UPDATE \"Equipment\" SET \"OutOfServiceCause\" = 'ExpiredCalibration' WHERE \"Status\" = 'OutOfService' AND \"StatusReason\" LIKE 'calibration expired on %; taken out of service by the recall scan)'");
            migrationBuilder.Sql("UPDATE \"Equipment\" SET \"OutOfServiceCause\" = 'Other' WHERE \"Status\" = 'OutOfService' AND \"OutOfServiceCause\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "OutOfServiceCause",
                table: "Equipment");
        }
    }
}
