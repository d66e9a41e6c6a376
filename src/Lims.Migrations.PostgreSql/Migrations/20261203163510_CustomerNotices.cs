using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lims.Migrations.PostgreSql.Migrations
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EquipmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    AssetNo = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    LaboratoryCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CertificateNo = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    CustomerId = table.Column<Guid>(type: "uuid", nullable: false),
                    How = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ToldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ToldBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
