/** The HTTP endpoint that receives Bitrix24's outbound events (§10.2) and writes them to the inbox. */
package dev.b24kit.changes.intake;
