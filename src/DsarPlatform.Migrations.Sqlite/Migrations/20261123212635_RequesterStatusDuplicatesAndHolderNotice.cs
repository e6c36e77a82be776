using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DsarPlatform.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RequesterStatusDuplicatesAndHolderNotice : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "DuplicateOfRequestId",
                table: "Requests",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "HolderNotifiedAtUtc",
                table: "Requests",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RequesterQuestion",
                table: "Requests",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Requests_DuplicateOfRequestId",
                table: "Requests",
                column: "DuplicateOfRequestId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Requests_DuplicateOfRequestId",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "DuplicateOfRequestId",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "HolderNotifiedAtUtc",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "RequesterQuestion",
                table: "Requests");
        }
    }
}
