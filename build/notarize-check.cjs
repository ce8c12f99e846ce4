// electron-builder's afterPack hook: says, before a macOS build is signed, whether it will be
// notarized. electron-builder notarizes by itself (mac.notarize: true) once the app is signed, from
// the APPLE_* variables below; without them it skips notarization with a terse warning, and the
// .dmg is then blocked by Gatekeeper on other Macs. This hook only explains; it changes nothing.

/** The credential sets electron-builder reads (app-builder-lib MacTargetHelper.getNotarizeOptions). */
const CREDENTIAL_SETS = [
  { name: 'an App Store Connect API key', variables: ['APPLE_API_KEY', 'APPLE_API_KEY_ID', 'APPLE_API_ISSUER'] },
  { name: 'an Apple ID', variables: ['APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID'] },
  { name: 'a notarytool keychain profile', variables: ['APPLE_KEYCHAIN_PROFILE'] },
];

/** What will happen to a macOS build with these environment variables, in words for the build log. */
function describeNotarization(env) {
  for (const set of CREDENTIAL_SETS) {
    const given = set.variables.filter((v) => env[v]);
    if (given.length === set.variables.length) {
      const signer =
        env.CSC_LINK || env.CSC_NAME
          ? ''
          : ' It needs a Developer ID signature: set CSC_LINK (and CSC_KEY_PASSWORD) or have the identity in your keychain.';
      return { notarize: true, message: `macOS notarization: with ${set.name} (${set.variables.join(', ')}).${signer}` };
    }
    if (given.length > 0) {
      const missing = set.variables.filter((v) => !env[v]);
      return {
        notarize: false,
        message: `macOS notarization cannot run: ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} not set (for ${set.name}).`,
      };
    }
  }
  return {
    notarize: false,
    message:
      'macOS notarization skipped: no APPLE_* credentials are set. Other Macs will block this .dmg (Gatekeeper). ' +
      'Set APPLE_API_KEY, APPLE_API_KEY_ID and APPLE_API_ISSUER (or APPLE_ID, APPLE_APP_SPECIFIC_PASSWORD and APPLE_TEAM_ID); see the README.',
  };
}

async function afterPack(context) {
  if (context.electronPlatformName !== 'darwin') return;
  console.log(`  • ${describeNotarization(process.env).message}`);
}

module.exports = afterPack;
module.exports.default = afterPack;
module.exports.describeNotarization = describeNotarization;
module.exports.CREDENTIAL_SETS = CREDENTIAL_SETS;
