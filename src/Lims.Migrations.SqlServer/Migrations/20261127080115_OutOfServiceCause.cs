using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lims.Migrations.SqlServer.Migrations
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
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: true);

            // Back-fill: equipment out of service with the reason exactly as the recall scan wrote it
            // (Equipment.ExpiredCalibrationReason; a binary collation makes LIKE case-sensitive) was taken out for its expired calibration.
            // EXEC: compiled when it runs, so the idempotent script (one batch) does not trip over the new column.
            migrationBuilder.Sql("EXEC(N'UPDATE [Equipment] SET [OutOfServiceCause] = N''ExpiredCalibration'' WHERE [Status] = N''OutOfService'' AND [StatusReason] COLLATE Latin1_General_100_BIN2 LIKE N''calibration expired on %; taken out of service by the recall scan)''')");
            migrationBuilder.Sql("EXEC(N'UPDATE [Equipment] SET [OutOfServiceCause] = N''Other'' WHERE [Status] = N''OutOfService'' AND [OutOfServiceCause] IS NULL')");
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
