using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lims.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CustomerNotices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CustomerNotices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EquipmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssetNo = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    LaboratoryCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CertificateNo = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    How = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ToldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ToldBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
                name: "IX_CustomerNotices_CertificateNo",
                table: "CustomerNotices",
                column: "CertificateNo");

            migrationBuilder.CreateIndex(
                name: "IX_CustomerNotices_EquipmentId_CertificateNo",
                table: "CustomerNotices",
                columns: new[] { "EquipmentId", "CertificateNo" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CustomerNotices");
        }
    }
}
