using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Lims.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class ProcedureTemplatesAndLaboratorySeals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Parameters",
                table: "WorkOrders",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "TemplateId",
                table: "WorkOrders",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "GuardBandFactor",
                table: "ResultRecords",
                type: "numeric(6,3)",
                precision: 6,
                scale: 3,
                nullable: false,
                defaultValue: 1m);

            migrationBuilder.AddColumn<Guid>(
                name: "TemplateId",
                table: "ResultRecords",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TestItems",
                table: "ResultRecords",
                type: "text",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "AuthorizationNo",
                table: "Laboratories",
                type: "character varying(60)",
                maxLength: 60,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Postcode",
                table: "Laboratories",
                type: "character varying(6)",
                maxLength: 6,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Telephone",
                table: "Laboratories",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "LaboratorySeals",
                columns: table => new
                {
                    LaboratoryCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Png = table.Column<byte[]>(type: "bytea", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UploadedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LaboratorySeals", x => x.LaboratoryCode);
                    table.ForeignKey(
                        name: "FK_LaboratorySeals_Laboratories_LaboratoryCode",
                        column: x => x.LaboratoryCode,
                        principalTable: "Laboratories",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProcedureTemplates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProcedureCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    LaboratoryCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Definition = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    BasedOn = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcedureTemplates", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "ProcedureTemplates",
                columns: new[] { "Id", "BasedOn", "CreatedAt", "CreatedBy", "Definition", "LaboratoryCode", "Number", "ProcedureCode" },
                values: new object[,]
                {
                    { new Guid("0190f1c0-0000-7000-8000-000000000052"), null, new DateTimeOffset(new DateTime(2026, 12, 3, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 8, 0, 0, 0)), "lims", "{\"basis\":\"JJG 52-2013 \\u5F39\\u6027\\u5143\\u4EF6\\u5F0F\\u4E00\\u822C\\u538B\\u529B\\u8868 5.1 \\u88681 (\\u793A\\u503C\\u6700\\u5927\\u5141\\u8BB8\\u8BEF\\u5DEE, \\u91CF\\u7A0B\\u7684\\u767E\\u5206\\u6570), 5.2 \\u56DE\\u7A0B\\u8BEF\\u5DEE\",\"quantity\":\"\\u538B\\u529B Pressure\",\"unit\":\"MPa\",\"parameters\":[{\"name\":\"upper\",\"label\":\"\\u6D4B\\u91CF\\u4E0A\\u9650 Upper limit\",\"kind\":\"Number\",\"unit\":\"MPa\",\"choices\":null},{\"name\":\"division\",\"label\":\"\\u5206\\u5EA6\\u503C Division\",\"kind\":\"Number\",\"unit\":\"MPa\",\"choices\":null},{\"name\":\"class\",\"label\":\"\\u51C6\\u786E\\u5EA6\\u7B49\\u7EA7 Accuracy class\",\"kind\":\"Choice\",\"unit\":null,\"choices\":[\"1.0\",\"1.6\",\"2.5\",\"4.0\"]}],\"rangeParameter\":\"upper\",\"mpe\":{\"kind\":\"PercentOfSpanBands\",\"classParameter\":\"class\",\"parameter\":\"upper\",\"lowerParameter\":null,\"classes\":[{\"class\":\"1.0\",\"bands\":[{\"upTo\":90,\"value\":1.0},{\"upTo\":null,\"value\":1.6}],\"minIntervals\":null,\"maxIntervals\":null},{\"class\":\"1.6\",\"bands\":[{\"upTo\":90,\"value\":1.6},{\"upTo\":null,\"value\":2.5}],\"minIntervals\":null,\"maxIntervals\":null},{\"class\":\"2.5\",\"bands\":[{\"upTo\":90,\"value\":2.5},{\"upTo\":null,\"value\":4.0}],\"minIntervals\":null,\"maxIntervals\":null},{\"class\":\"4.0\",\"bands\":[{\"upTo\":null,\"value\":4.0}],\"minIntervals\":null,\"maxIntervals\":null}],\"percentOfReading\":0,\"digits\":0,\"lower\":0,\"upper\":0,\"inServiceFactor\":1},\"testItems\":[{\"code\":\"appearance\",\"name\":\"\\u5916\\u89C2 Visual inspection\",\"kind\":\"Check\",\"points\":null,\"readingsPerPoint\":1,\"spreadFactor\":1},{\"code\":\"zero\",\"name\":\"\\u96F6\\u4F4D\\u8BEF\\u5DEE Zero error\",\"kind\":\"Check\",\"points\":null,\"readingsPerPoint\":1,\"spreadFactor\":1},{\"code\":\"indication\",\"name\":\"\\u793A\\u503C\\u8BEF\\u5DEE Indication error\",\"kind\":\"Points\",\"points\":[{\"multiple\":0.2,\"of\":\"upper\",\"classes\":null,\"label\":null},{\"multiple\":0.4,\"of\":\"upper\",\"classes\":null,\"label\":null},{\"multiple\":0.6,\"of\":\"upper\",\"classes\":null,\"label\":null},{\"multiple\":0.8,\"of\":\"upper\",\"classes\":null,\"label\":null},{\"multiple\":1,\"of\":\"upper\",\"classes\":null,\"label\":null}],\"readingsPerPoint\":2,\"spreadFactor\":1},{\"code\":\"hysteresis\",\"name\":\"\\u56DE\\u7A0B\\u8BEF\\u5DEE Hysteresis\",\"kind\":\"Spread\",\"points\":[{\"multiple\":0.2,\"of\":\"upper\",\"classes\":null,\"label\":null},{\"multiple\":0.4,\"of\":\"upper\",\"classes\":null,\"label\":null},{\"multiple\":0.6,\"of\":\"upper\",\"classes\":null,\"label\":null},{\"multiple\":0.8,\"of\":\"upper\",\"classes\":null,\"label\":null},{\"multiple\":1,\"of\":\"upper\",\"classes\":null,\"label\":null}],\"readingsPerPoint\":2,\"spreadFactor\":1},{\"code\":\"tapping\",\"name\":\"\\u8F7B\\u6572\\u4F4D\\u79FB Tapping displacement\",\"kind\":\"Check\",\"points\":null,\"readingsPerPoint\":1,\"spreadFactor\":1}],\"budget\":[{\"name\":\"\\u6807\\u51C6\\u5668 U/k Reference gauge\",\"source\":\"Equipment\",\"value\":0,\"distribution\":\"Normal\",\"parameter\":null,\"coverageFactor\":2,\"sensitivityCoefficient\":1,\"scale\":\"Absolute\",\"degreesOfFreedom\":null},{\"name\":\"\\u8BFB\\u6570 1/5 \\u5206\\u5EA6 Reading to a fifth of a division\",\"source\":\"Parameter\",\"value\":0.1,\"distribution\":\"Rectangular\",\"parameter\":\"division\",\"coverageFactor\":2,\"sensitivityCoefficient\":1,\"scale\":\"Absolute\",\"degreesOfFreedom\":null}],\"method\":{\"coverage\":\"P95\",\"significantDigits\":2,\"guardBandFactor\":1,\"calibrationRule\":\"SimpleAcceptance\"},\"correlation\":null}", null, 1, "JJG 52-2013" },
                    { new Guid("0190f1c0-0000-7000-8000-000000000539"), null, new DateTimeOffset(new DateTime(2026, 12, 3, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 8, 0, 0, 0)), "lims", "{\"basis\":\"JJG 539-2016 \\u6570\\u5B57\\u6307\\u793A\\u79E4 \\u88683 (\\u6700\\u5927\\u5141\\u8BB8\\u8BEF\\u5DEE), 7.3 \\u79F0\\u91CF\\u3001\\u91CD\\u590D\\u6027\\u3001\\u504F\\u8F7D\",\"quantity\":\"\\u8D28\\u91CF Mass\",\"unit\":\"kg\",\"parameters\":[{\"name\":\"max\",\"label\":\"\\u6700\\u5927\\u79E4\\u91CF Max\",\"kind\":\"Number\",\"unit\":\"kg\",\"choices\":null},{\"name\":\"e\",\"label\":\"\\u68C0\\u5B9A\\u5206\\u5EA6\\u503C e\",\"kind\":\"Number\",\"unit\":\"kg\",\"choices\":null},{\"name\":\"class\",\"label\":\"\\u51C6\\u786E\\u5EA6\\u7B49\\u7EA7 Accuracy class\",\"kind\":\"Choice\",\"unit\":null,\"choices\":[\"III\",\"IIII\"]}],\"rangeParameter\":\"max\",\"mpe\":{\"kind\":\"ScaleIntervalBands\",\"classParameter\":\"class\",\"parameter\":\"e\",\"lowerParameter\":null,\"classes\":[{\"class\":\"III\",\"bands\":[{\"upTo\":500,\"value\":0.5},{\"upTo\":2000,\"value\":1.0},{\"upTo\":10000,\"value\":1.5}],\"minIntervals\":100,\"maxIntervals\":10000},{\"class\":\"IIII\",\"bands\":[{\"upTo\":50,\"value\":0.5},{\"upTo\":200,\"value\":1.0},{\"upTo\":1000,\"value\":1.5}],\"minIntervals\":100,\"maxIntervals\":1000}],\"percentOfReading\":0,\"digits\":0,\"lower\":0,\"upper\":0,\"inServiceFactor\":2},\"testItems\":[{\"code\":\"appearance\",\"name\":\"\\u5916\\u89C2\\u68C0\\u67E5 Visual inspection\",\"kind\":\"Check\",\"points\":null,\"readingsPerPoint\":1,\"spreadFactor\":1},{\"code\":\"zero\",\"name\":\"\\u7F6E\\u96F6\\u51C6\\u786E\\u5EA6 Zero-setting\",\"kind\":\"Check\",\"points\":null,\"readingsPerPoint\":1,\"spreadFactor\":1},{\"code\":\"weighing\",\"name\":\"\\u79F0\\u91CF Weighing\",\"kind\":\"Points\",\"points\":[{\"multiple\":20,\"of\":\"e\",\"classes\":[\"III\"],\"label\":\"Min\"},{\"multiple\":10,\"of\":\"e\",\"classes\":[\"IIII\"],\"label\":\"Min\"},{\"multiple\":500,\"of\":\"e\",\"classes\":[\"III\"],\"label\":null},{\"multiple\":50,\"of\":\"e\",\"classes\":[\"IIII\"],\"label\":null},{\"multiple\":2000,\"of\":\"e\",\"classes\":[\"III\"],\"label\":null},{\"multiple\":200,\"of\":\"e\",\"classes\":[\"IIII\"],\"label\":null},{\"multiple\":0.5,\"of\":\"max\",\"classes\":null,\"label\":null},{\"multiple\":1,\"of\":\"max\",\"classes\":null,\"label\":\"Max\"}],\"readingsPerPoint\":3,\"spreadFactor\":1},{\"code\":\"repeatability\",\"name\":\"\\u91CD\\u590D\\u6027 Repeatability\",\"kind\":\"Spread\",\"points\":[{\"multiple\":0.5,\"of\":\"max\",\"classes\":null,\"label\":null},{\"multiple\":1,\"of\":\"max\",\"classes\":null,\"label\":\"Max\"}],\"readingsPerPoint\":3,\"spreadFactor\":1},{\"code\":\"eccentricity\",\"name\":\"\\u504F\\u8F7D Eccentricity\",\"kind\":\"Points\",\"points\":[{\"multiple\":0.3333333333333333333333333333,\"of\":\"max\",\"classes\":null,\"label\":\"\\u4E2D centre\"},{\"multiple\":0.3333333333333333333333333333,\"of\":\"max\",\"classes\":null,\"label\":\"1\"},{\"multiple\":0.3333333333333333333333333333,\"of\":\"max\",\"classes\":null,\"label\":\"2\"},{\"multiple\":0.3333333333333333333333333333,\"of\":\"max\",\"classes\":null,\"label\":\"3\"},{\"multiple\":0.3333333333333333333333333333,\"of\":\"max\",\"classes\":null,\"label\":\"4\"}],\"readingsPerPoint\":1,\"spreadFactor\":1}],\"budget\":[{\"name\":\"\\u6807\\u51C6\\u781D\\u7801 U/k Weights\",\"source\":\"Equipment\",\"value\":0,\"distribution\":\"Normal\",\"parameter\":null,\"coverageFactor\":2,\"sensitivityCoefficient\":1,\"scale\":\"Absolute\",\"degreesOfFreedom\":null},{\"name\":\"\\u95EA\\u53D8\\u70B9\\u5206\\u8FA8\\u529B 0.1e Change-point resolution\",\"source\":\"Parameter\",\"value\":0.05,\"distribution\":\"Rectangular\",\"parameter\":\"e\",\"coverageFactor\":2,\"sensitivityCoefficient\":1,\"scale\":\"Absolute\",\"degreesOfFreedom\":null}],\"method\":{\"coverage\":\"P95\",\"significantDigits\":2,\"guardBandFactor\":1,\"calibrationRule\":\"SimpleAcceptance\"},\"correlation\":null}", null, 1, "JJG 539-2016" },
                    { new Guid("0190f1c0-0000-7000-8000-000000001587"), null, new DateTimeOffset(new DateTime(2026, 12, 3, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 8, 0, 0, 0)), "lims", "{\"basis\":\"JJF 1587-2016 \\u6570\\u5B57\\u591A\\u7528\\u8868\\u6821\\u51C6\\u89C4\\u8303 7.2 \\u76F4\\u6D41\\u7535\\u538B; \\u6700\\u5927\\u5141\\u8BB8\\u8BEF\\u5DEE\\u6309\\u5236\\u9020\\u5382\\u6280\\u672F\\u6307\\u6807 \\u00B1(0.05 % \\u8BFB\\u6570 \\u002B 2 \\u5B57)\",\"quantity\":\"\\u76F4\\u6D41\\u7535\\u538B DC voltage\",\"unit\":\"V\",\"parameters\":[{\"name\":\"range\",\"label\":\"\\u91CF\\u7A0B Range\",\"kind\":\"Number\",\"unit\":\"V\",\"choices\":null},{\"name\":\"resolution\",\"label\":\"\\u5206\\u8FA8\\u529B Resolution\",\"kind\":\"Number\",\"unit\":\"V\",\"choices\":null}],\"rangeParameter\":\"range\",\"mpe\":{\"kind\":\"PercentOfReadingPlusDigits\",\"classParameter\":null,\"parameter\":\"resolution\",\"lowerParameter\":null,\"classes\":[],\"percentOfReading\":0.05,\"digits\":2,\"lower\":0,\"upper\":0,\"inServiceFactor\":1},\"testItems\":[{\"code\":\"dcv\",\"name\":\"\\u76F4\\u6D41\\u7535\\u538B DC voltage\",\"kind\":\"Points\",\"points\":[{\"multiple\":0.1,\"of\":\"range\",\"classes\":null,\"label\":null},{\"multiple\":0.5,\"of\":\"range\",\"classes\":null,\"label\":null},{\"multiple\":0.9,\"of\":\"range\",\"classes\":null,\"label\":null}],\"readingsPerPoint\":3,\"spreadFactor\":1}],\"budget\":[{\"name\":\"\\u6821\\u51C6\\u6E90 U/k Calibrator\",\"source\":\"Equipment\",\"value\":0,\"distribution\":\"Normal\",\"parameter\":null,\"coverageFactor\":2,\"sensitivityCoefficient\":1,\"scale\":\"Absolute\",\"degreesOfFreedom\":null},{\"name\":\"\\u5206\\u8FA8\\u529B Resolution\",\"source\":\"Parameter\",\"value\":0.5,\"distribution\":\"Rectangular\",\"parameter\":\"resolution\",\"coverageFactor\":2,\"sensitivityCoefficient\":1,\"scale\":\"Absolute\",\"degreesOfFreedom\":null}],\"method\":{\"coverage\":\"P95\",\"significantDigits\":2,\"guardBandFactor\":1,\"calibrationRule\":\"SimpleAcceptance\"},\"correlation\":null}", null, 1, "JJF 1587-2016" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_WorkOrders_TemplateId",
                table: "WorkOrders",
                column: "TemplateId");

            migrationBuilder.CreateIndex(
                name: "IX_ResultRecords_TemplateId",
                table: "ResultRecords",
                column: "TemplateId");

            migrationBuilder.CreateIndex(
                name: "IX_ProcedureTemplates_ProcedureCode_LaboratoryCode_Number",
                table: "ProcedureTemplates",
                columns: new[] { "ProcedureCode", "LaboratoryCode", "Number" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_ResultRecords_ProcedureTemplates_TemplateId",
                table: "ResultRecords",
                column: "TemplateId",
                principalTable: "ProcedureTemplates",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_WorkOrders_ProcedureTemplates_TemplateId",
                table: "WorkOrders",
                column: "TemplateId",
                principalTable: "ProcedureTemplates",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ResultRecords_ProcedureTemplates_TemplateId",
                table: "ResultRecords");

            migrationBuilder.DropForeignKey(
                name: "FK_WorkOrders_ProcedureTemplates_TemplateId",
                table: "WorkOrders");

            migrationBuilder.DropTable(
                name: "LaboratorySeals");

            migrationBuilder.DropTable(
                name: "ProcedureTemplates");

            migrationBuilder.DropIndex(
                name: "IX_WorkOrders_TemplateId",
                table: "WorkOrders");

            migrationBuilder.DropIndex(
                name: "IX_ResultRecords_TemplateId",
                table: "ResultRecords");

            migrationBuilder.DropColumn(
                name: "Parameters",
                table: "WorkOrders");

            migrationBuilder.DropColumn(
                name: "TemplateId",
                table: "WorkOrders");

            migrationBuilder.DropColumn(
                name: "GuardBandFactor",
                table: "ResultRecords");

            migrationBuilder.DropColumn(
                name: "TemplateId",
                table: "ResultRecords");

            migrationBuilder.DropColumn(
                name: "TestItems",
                table: "ResultRecords");

            migrationBuilder.DropColumn(
                name: "AuthorizationNo",
                table: "Laboratories");

            migrationBuilder.DropColumn(
                name: "Postcode",
                table: "Laboratories");

            migrationBuilder.DropColumn(
                name: "Telephone",
                table: "Laboratories");
        }
    }
}
