using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DsarPlatform.Stores.Billing.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class DisclosuresRegister : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DirectMarketingDisclosures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AccountId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    DisclosedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Categories = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    ThirdPartyName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ThirdPartyAddress = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectMarketingDisclosures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DirectMarketingDisclosures_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Accounts",
                        principalColumn: "AccountId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DirectMarketingDisclosures_AccountId_DisclosedOn",
                table: "DirectMarketingDisclosures",
                columns: new[] { "AccountId", "DisclosedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DirectMarketingDisclosures");
        }
    }
}
