using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DsarPlatform.Stores.Contacts.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ContactLists",
                columns: table => new
                {
                    OwnerAccountId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContactLists", x => x.OwnerAccountId);
                });

            migrationBuilder.CreateTable(
                name: "ProcessedTasks",
                columns: table => new
                {
                    TaskId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Action = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    OutcomeJson = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    ProcessedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcessedTasks", x => x.TaskId);
                });

            migrationBuilder.CreateTable(
                name: "ContactEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OwnerAccountId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ContactAccountId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    DisplayName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    AddedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContactEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContactEntries_ContactLists_OwnerAccountId",
                        column: x => x.OwnerAccountId,
                        principalTable: "ContactLists",
                        principalColumn: "OwnerAccountId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ContactEntries_ContactAccountId",
                table: "ContactEntries",
                column: "ContactAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_ContactEntries_OwnerAccountId_ContactAccountId",
                table: "ContactEntries",
                columns: new[] { "OwnerAccountId", "ContactAccountId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ContactEntries");

            migrationBuilder.DropTable(
                name: "ProcessedTasks");

            migrationBuilder.DropTable(
                name: "ContactLists");
        }
    }
}
