using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DsarPlatform.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class StaffConsole : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_OutgoingEmails_Requests_RequestId",
                table: "OutgoingEmails");

            migrationBuilder.AddColumn<string>(
                name: "AssigneeId",
                table: "Requests",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DenialCode",
                table: "Requests",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DenialGround",
                table: "Requests",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DenialNote",
                table: "Requests",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AlterColumn<Guid>(
                name: "RequestId",
                table: "OutgoingEmails",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "TEXT");

            migrationBuilder.AddColumn<string>(
                name: "ResolutionGround",
                table: "Incidents",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResolutionKind",
                table: "Incidents",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "RequestNotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AuthorUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    AuthorRole = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RequestNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RequestNotes_Requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "Requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StaffChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ActorUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ActorRole = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Event = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    TargetUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffChanges", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Requests_ClosedByTime",
                table: "Requests",
                columns: new[] { "ClosedAtUtc", "Id" },
                filter: "\"ClosedAtUtc\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Requests_OpenByAssigneeAndDue",
                table: "Requests",
                columns: new[] { "AssigneeId", "DueAtUtc", "Id" },
                filter: "\"ClosedAtUtc\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Requests_OpenByDue",
                table: "Requests",
                columns: new[] { "DueAtUtc", "Id" },
                filter: "\"ClosedAtUtc\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Requests_OpenByTypeAndDue",
                table: "Requests",
                columns: new[] { "Type", "DueAtUtc", "Id" },
                filter: "\"ClosedAtUtc\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_RequestNotes_RequestId_AtUtc",
                table: "RequestNotes",
                columns: new[] { "RequestId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_StaffChanges_AtUtc",
                table: "StaffChanges",
                column: "AtUtc");

            migrationBuilder.AddForeignKey(
                name: "FK_OutgoingEmails_Requests_RequestId",
                table: "OutgoingEmails",
                column: "RequestId",
                principalTable: "Requests",
                principalColumn: "Id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_OutgoingEmails_Requests_RequestId",
                table: "OutgoingEmails");

            migrationBuilder.DropTable(
                name: "RequestNotes");

            migrationBuilder.DropTable(
                name: "StaffChanges");

            migrationBuilder.DropIndex(
                name: "IX_Requests_ClosedByTime",
                table: "Requests");

            migrationBuilder.DropIndex(
                name: "IX_Requests_OpenByAssigneeAndDue",
                table: "Requests");

            migrationBuilder.DropIndex(
                name: "IX_Requests_OpenByDue",
                table: "Requests");

            migrationBuilder.DropIndex(
                name: "IX_Requests_OpenByTypeAndDue",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "AssigneeId",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "DenialCode",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "DenialGround",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "DenialNote",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "ResolutionGround",
                table: "Incidents");

            migrationBuilder.DropColumn(
                name: "ResolutionKind",
                table: "Incidents");

            migrationBuilder.AlterColumn<Guid>(
                name: "RequestId",
                table: "OutgoingEmails",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "TEXT",
                oldNullable: true);

            migrationBuilder.AddForeignKey(
                name: "FK_OutgoingEmails_Requests_RequestId",
                table: "OutgoingEmails",
                column: "RequestId",
                principalTable: "Requests",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
