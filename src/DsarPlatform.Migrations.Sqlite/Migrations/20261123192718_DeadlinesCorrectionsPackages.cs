using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DsarPlatform.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DeadlinesCorrectionsPackages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "VerificationTokens");

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "WorkflowTimers",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "RequestId",
                table: "WorkflowTimers",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<int>(
                name: "Attempts",
                table: "StoreTasks",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "AwaitingRequesterSinceUtc",
                table: "Requests",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CorrectionsJson",
                table: "Requests",
                type: "TEXT",
                maxLength: 8000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "DenialReason",
                table: "Requests",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ExtendedAtUtc",
                table: "Requests",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExtensionReason",
                table: "Requests",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "InitialDueAtUtc",
                table: "Requests",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<string>(
                name: "Outcome",
                table: "Requests",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RequesterAnswer",
                table: "Requests",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Resolution",
                table: "Incidents",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AccessPackages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Path = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DownloadedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DeletedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccessPackages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AccessPackages_Requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "Requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AgentNotices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DueAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RaisedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AcknowledgedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgentNotices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgentNotices_Requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "Requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RequesterTokens",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UsedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RequesterTokens", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RequesterTokens_Requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "Requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowTimers_RequestId_Kind",
                table: "WorkflowTimers",
                columns: new[] { "RequestId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_AccessPackages_RequestId",
                table: "AccessPackages",
                column: "RequestId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AgentNotices_RequestId_Key",
                table: "AgentNotices",
                columns: new[] { "RequestId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RequesterTokens_RequestId",
                table: "RequesterTokens",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_RequesterTokens_TokenHash",
                table: "RequesterTokens",
                column: "TokenHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AccessPackages");

            migrationBuilder.DropTable(
                name: "AgentNotices");

            migrationBuilder.DropTable(
                name: "RequesterTokens");

            migrationBuilder.DropIndex(
                name: "IX_WorkflowTimers_RequestId_Kind",
                table: "WorkflowTimers");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "WorkflowTimers");

            migrationBuilder.DropColumn(
                name: "RequestId",
                table: "WorkflowTimers");

            migrationBuilder.DropColumn(
                name: "Attempts",
                table: "StoreTasks");

            migrationBuilder.DropColumn(
                name: "AwaitingRequesterSinceUtc",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "CorrectionsJson",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "DenialReason",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "ExtendedAtUtc",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "ExtensionReason",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "InitialDueAtUtc",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "Outcome",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "RequesterAnswer",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "Resolution",
                table: "Incidents");

            migrationBuilder.CreateTable(
                name: "VerificationTokens",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UsedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VerificationTokens", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VerificationTokens_Requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "Requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_VerificationTokens_RequestId",
                table: "VerificationTokens",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_VerificationTokens_TokenHash",
                table: "VerificationTokens",
                column: "TokenHash",
                unique: true);
        }
    }
}
