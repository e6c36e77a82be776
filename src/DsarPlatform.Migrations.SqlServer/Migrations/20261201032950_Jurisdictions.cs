using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DsarPlatform.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Jurisdictions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AppealDecisionReason",
                table: "Requests",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "AppealOfRequestId",
                table: "Requests",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AppealReason",
                table: "Requests",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RegimeId",
                table: "Requests",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "company");

            migrationBuilder.AddColumn<string>(
                name: "RegimeReason",
                table: "Requests",
                type: "nvarchar(300)",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "DrpAgents",
                columns: table => new
                {
                    AgentId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    VerifyKey = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Contact = table.Column<string>(type: "nvarchar(254)", maxLength: 254, nullable: true),
                    CallbackHost = table.Column<string>(type: "nvarchar(253)", maxLength: 253, nullable: true),
                    Enabled = table.Column<bool>(type: "bit", nullable: false),
                    TokenHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    TokenIssuedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DrpAgents", x => x.AgentId);
                });

            migrationBuilder.CreateTable(
                name: "DrpUsedSignatures",
                columns: table => new
                {
                    SignatureHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    AgentId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ExpiresAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DrpUsedSignatures", x => x.SignatureHash);
                });

            migrationBuilder.CreateTable(
                name: "DrpRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AgentId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    RequestId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    AgentRequestId = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Exercise = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Regime = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    StatusCallback = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    ReceivedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    ExpectedByUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Details = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    StatusKey = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DrpRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DrpRequests_DrpAgents_AgentId",
                        column: x => x.AgentId,
                        principalTable: "DrpAgents",
                        principalColumn: "AgentId",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DrpRequests_Requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "Requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DrpCallbacks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    DrpRequestId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    NextAttemptAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Attempts = table.Column<int>(type: "int", nullable: false),
                    LastFailure = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    DeliveredAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    IncidentRaised = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DrpCallbacks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DrpCallbacks_DrpRequests_DrpRequestId",
                        column: x => x.DrpRequestId,
                        principalTable: "DrpRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Requests_AppealOfRequestId",
                table: "Requests",
                column: "AppealOfRequestId",
                unique: true,
                filter: "[AppealOfRequestId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_DrpAgents_TokenHash",
                table: "DrpAgents",
                column: "TokenHash",
                unique: true,
                filter: "[TokenHash] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_DrpCallbacks_DeliveredAtUtc_NextAttemptAtUtc",
                table: "DrpCallbacks",
                columns: new[] { "DeliveredAtUtc", "NextAttemptAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_DrpCallbacks_DrpRequestId",
                table: "DrpCallbacks",
                column: "DrpRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_DrpRequests_AgentId_ReceivedAtUtc",
                table: "DrpRequests",
                columns: new[] { "AgentId", "ReceivedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_DrpRequests_RequestId",
                table: "DrpRequests",
                column: "RequestId",
                unique: true,
                filter: "[RequestId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_DrpUsedSignatures_ExpiresAtUtc",
                table: "DrpUsedSignatures",
                column: "ExpiresAtUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DrpCallbacks");

            migrationBuilder.DropTable(
                name: "DrpUsedSignatures");

            migrationBuilder.DropTable(
                name: "DrpRequests");

            migrationBuilder.DropTable(
                name: "DrpAgents");

            migrationBuilder.DropIndex(
                name: "IX_Requests_AppealOfRequestId",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "AppealDecisionReason",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "AppealOfRequestId",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "AppealReason",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "RegimeId",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "RegimeReason",
                table: "Requests");
        }
    }
}
