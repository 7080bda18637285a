"""Mobile app repository: Android (Gradle, signing), iOS (fastlane, .p8), React Native env, Flutter."""
import json
from lib import *
import keys

M = "courier-mobile/"


def build():
    f = new(M + "android/gradle.properties"); r = f.r; S, N = f.s, f.n
    f.done(f"""org.gradle.jvmargs=-Xmx4096m -XX:MaxMetaspaceSize=1024m
android.useAndroidX=true
android.enableJetifier=false
kotlin.code.style=official
RELEASE_STORE_FILE=../keystores/courier-release.jks
RELEASE_STORE_PASSWORD={S(pw_sym(r), 'android-keystore', 'release keystore password in gradle.properties')}
RELEASE_KEY_ALIAS=courier
RELEASE_KEY_PASSWORD={S(pw_sym(r), 'android-keystore', 'release key password in gradle.properties')}
MAPS_SDK_VERSION=18.2.0
""")

    f = new(M + "android/app/build.gradle"); r = f.r; S, N = f.s, f.n
    f.done(f"""plugins {{
    id 'com.android.application'
    id 'org.jetbrains.kotlin.android'
    id 'com.google.gms.google-services'
}}

android {{
    namespace 'com.northwind.courier'
    compileSdk 34
    defaultConfig {{
        applicationId "com.northwind.courier"
        minSdk 24
        targetSdk 34
        versionCode 4012
        versionName "4.1.2"
        buildConfigField "String", "API_BASE", '"https://api.courier.example/v3/"'
        buildConfigField "String", "TELEMETRY_SECRET", '"{S(hexs(r, 40), 'courier-api', 'HMAC secret compiled into BuildConfig')}"'
    }}
    signingConfigs {{
        debug {{
            storeFile file('debug.keystore')
            storePassword '{N('android', 'android-keystore', 'well-known Android debug keystore password', 'test-value')}'
            keyAlias 'androiddebugkey'
            keyPassword 'android'
        }}
        release {{
            storeFile file(RELEASE_STORE_FILE)
            storePassword {N('RELEASE_STORE_PASSWORD', 'android-keystore', 'Gradle property reference', 'env-ref')}
            keyAlias RELEASE_KEY_ALIAS
            keyPassword {N('System.getenv("COURIER_KEY_PASSWORD")', 'android-keystore', 'environment lookup', 'env-ref')}
        }}
    }}
}}
""")

    f = new(M + "android/keystore.properties"); r = f.r; S, N = f.s, f.n
    f.done(f"""storePassword={S(pw_word(r), 'android-keystore', 'upload keystore password')}
keyPassword={N('${UPLOAD_KEY_PASSWORD}', 'android-keystore', 'unexpanded variable', 'env-ref')}
keyAlias=upload
storeFile=/Users/ci/keystores/upload-keystore.jks
""")

    f = new(M + "android/local.properties"); r = f.r; S, N = f.s, f.n
    f.done(f"""## This file must *NOT* be checked into Version Control Systems,
sdk.dir=/Users/lea/Library/Android/sdk
MAPS_API_KEY={f.p(gapi(r), 'google', 'Google Maps API key in local.properties')}
""")

    f = new(M + "android/app/google-services.json"); r = f.r; S, N = f.s, f.n
    d = {"project_info": {"project_number": N(str(r.randint(10**11, 10**12)), "firebase", "project number", "identifier"),
                          "project_id": "northwind-courier", "storage_bucket": "northwind-courier.appspot.com"},
         "client": [{"client_info": {"mobilesdk_app_id": "1:" + str(r.randint(10**11, 10**12)) + ":android:" + hexs(r, 16),
                                     "android_client_info": {"package_name": "com.northwind.courier"}},
                     "oauth_client": [],
                     "api_key": [{"current_key": N(gapi(r), "firebase", "Firebase Android client API key (public by design, restricted by package)", "public")}],
                     "services": {"appinvite_service": {"other_platform_oauth_client": []}}}],
         "configuration_version": "1"}
    f.done(json.dumps(d, indent=2))

    f = new(M + "android/app/src/main/res/values/strings.xml"); r = f.r; S, N = f.s, f.n
    f.done(f"""<resources>
    <string name="app_name">Courier</string>
    <string name="login_email_hint">Email</string>
    <string name="login_password_hint">{N('Password', 'courier', 'UI label', 'ui-label')}</string>
    <string name="login_forgot">{N('Forgot password?', 'courier', 'UI label', 'ui-label')}</string>
    <string name="error_wrong_password">{N('The password you entered is incorrect.', 'courier', 'UI error message', 'ui-label')}</string>
    <string name="pref_pin_title">Delivery PIN</string>
    <string name="backend_client_secret" translatable="false">{S(rs(r, 32), 'courier-api', 'OAuth client secret in strings.xml')}</string>
</resources>
""")

    f = new(M + "android/app/src/main/java/com/northwind/courier/net/ApiClient.kt"); r = f.r; S, N = f.s, f.n
    f.done(f"""package com.northwind.courier.net

import okhttp3.Credentials
import okhttp3.OkHttpClient
import retrofit2.Retrofit

object ApiClient {{
    // legacy tracking endpoint still uses basic auth
    private val trackingAuth = Credentials.basic("tracker-mobile", "{S(pw_alnum(r, 18), 'courier-api', 'password in OkHttp Credentials.basic()')}")

    private val http = OkHttpClient.Builder()
        .addInterceptor {{ chain ->
            chain.proceed(chain.request().newBuilder().header("Authorization", trackingAuth).build())
        }}
        .build()

    fun tokenFor(user: String, password: String) = {N('Credentials.basic(user, password)', 'courier-api', 'function parameters, no literal', 'function-call')}

    val retrofit: Retrofit = Retrofit.Builder().baseUrl(BuildConfig.API_BASE).client(http).build()
}}
""")

    f = new(M + "ios/fastlane/Fastfile"); r = f.r; S, N = f.s, f.n
    f.done(f"""default_platform(:ios)

platform :ios do
  before_all do
    ENV["MATCH_PASSWORD"] = "{S(pw_phrase(r), 'fastlane-match', 'match repo encryption passphrase')}"
    ENV["FASTLANE_XCODEBUILD_SETTINGS_TIMEOUT"] = "120"
  end

  lane :beta do
    api_key = app_store_connect_api_key(
      key_id: "{N(rs(r, 10, UPNUM), 'appstoreconnect', 'API key id', 'identifier')}",
      issuer_id: "{N(uuid4(r), 'appstoreconnect', 'issuer id', 'identifier')}",
      key_filepath: "./fastlane/AuthKey.p8"
    )
    match(type: "appstore", readonly: true, api_key: api_key)
    build_app(scheme: "Courier")
    upload_to_testflight(api_key: api_key, skip_waiting_for_build_processing: true)
  end

  lane :notify do
    slack(slack_url: ENV["SLACK_URL"], message: "New TestFlight build")
  end
end
""")
    f = new(M + "ios/fastlane/Appfile"); r = f.r; S, N = f.s, f.n
    f.done(f"""app_identifier("com.northwind.courier")
apple_id("{N('mobile-release@northwind.example', 'apple', 'Apple ID login name', 'identifier')}")
itc_team_id("{N(str(r.randint(10**8, 10**9)), 'apple', 'team id', 'identifier')}")
team_id("{rs(r, 10, UPNUM)}")
""")
    f = new(M + "ios/fastlane/AuthKey.p8"); r = f.r
    k = keys.pem(keys.ec_key(r), "pkcs8")
    f.s(k.splitlines()[0], 'private-key', 'App Store Connect API key (.p8, EC PKCS#8)')
    f.done(k)

    f = new(M + "ios/Courier/Config/Release.xcconfig"); r = f.r; S, N = f.s, f.n
    f.done(f"""// Release.xcconfig
API_HOST = api.courier.example
SENTRY_DSN = https:/$()/{N(hexs(r, 32), 'sentry', 'Sentry DSN public key (public by design)', 'public')}@o{r.randint(100000, 999999)}.ingest.sentry.io/{r.randint(1000000, 9999999)}
SEGMENT_WRITE_KEY = {S(rs(r, 32), 'segment', 'Segment write key')}
CODE_SIGN_STYLE = Manual
""")

    f = new(M + "ios/Courier/Networking/LegacyUploader.swift"); r = f.r; S, N = f.s, f.n
    f.done(f"""import Foundation

final class LegacyUploader: NSObject, URLSessionTaskDelegate {{
    func urlSession(_ session: URLSession, task: URLSessionTask,
                    didReceive challenge: URLAuthenticationChallenge,
                    completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {{
        let cred = URLCredential(user: "pod-upload",
                                 password: "{S(pw_sym(r), 'courier-api', 'password literal in URLCredential()')}",
                                 persistence: .forSession)
        completionHandler(.useCredential, cred)
    }}

    func keychainPassword(for account: String) -> String? {{
        return {N('KeychainHelper.read(account: account)', 'courier', 'keychain lookup', 'function-call')}
    }}
}}
""")

    f = new(M + ".env.production"); r = f.r; S, N = f.s, f.n
    f.done(f"""API_URL=https://api.courier.example/v3
STRIPE_PUBLISHABLE_KEY={N('pk_live_' + rs(r, 99), 'stripe', 'publishable key is public by design', 'public')}
STRIPE_SECRET_KEY={f.p(stripe(r), 'stripe', 'secret key shipped in RN .env')}
GOOGLE_MAPS_KEY={f.p(gapi(r), 'google', 'Maps key in RN .env')}
SENTRY_AUTH_TOKEN={S('sntrys_' + b64u(r, 96), 'sentry', 'Sentry org auth token')}
CODEPUSH_KEY_IOS={N('', 'codepush', 'unset', 'empty', anchor='CODEPUSH_KEY_IOS')}
""")
    f = new(M + ".env.example"); r = f.r; S, N = f.s, f.n
    f.done(f"""API_URL=http://localhost:8080/v3
STRIPE_PUBLISHABLE_KEY={N('pk_test_xxxxxxxxxxxxxxxxxxxxxxxx', 'stripe', 'x-filled placeholder', 'placeholder')}
STRIPE_SECRET_KEY={N('sk_test_xxxxxxxxxxxxxxxxxxxxxxxx', 'stripe', 'x-filled placeholder', 'placeholder')}
GOOGLE_MAPS_KEY={N('your-google-maps-key', 'google', 'placeholder', 'placeholder')}
SENTRY_AUTH_TOKEN={N('<sentry-token>', 'sentry', 'placeholder', 'placeholder')}
""")

    f = new(M + "flutter_driver_app/lib/config/env.dart"); r = f.r; S, N = f.s, f.n
    f.done(f"""class Env {{
  static const apiBase = 'https://api.courier.example/v3';
  static const hmacSecret = '{S(b64b(r, 32), 'courier-api', 'request-signing secret in Dart const')}';
  static const mapsKey = String.fromEnvironment('MAPS_KEY');
  static const pusherKey = '{N(hexs(r, 20), 'pusher', 'Pusher app key (public, the secret is server-side)', 'public')}';
  static const supportPin = '{N('0000', 'courier', 'obvious dummy PIN', 'placeholder')}';
}}
""")
    f = new(M + "flutter_driver_app/lib/l10n/app_en.arb"); r = f.r; S, N = f.s, f.n
    f.done(json.dumps({"@@locale": "en", "loginTitle": "Sign in",
                       "passwordLabel": N("Password", "courier", "i18n label", "ui-label"),
                       "passwordHint": N("Enter your password", "courier", "i18n hint", "ui-label"),
                       "passwordTooShort": N("Password must be at least {min} characters", "courier", "i18n message", "ui-label"),
                       "@passwordTooShort": {"placeholders": {"min": {"type": "int"}}}}, indent=2))
    f = new(M + "flutter_driver_app/lib/l10n/app_de.arb"); r = f.r; S, N = f.s, f.n
    f.done(json.dumps({"@@locale": "de", "loginTitle": "Anmelden",
                       "passwordLabel": N("Passwort", "courier", "i18n label (German)", "ui-label"),
                       "passwordHint": N("Passwort eingeben", "courier", "i18n hint (German)", "ui-label"),
                       "passwordTooShort": N("Das Passwort muss mindestens {min} Zeichen lang sein", "courier", "i18n message", "ui-label")},
                      indent=2, ensure_ascii=False))
    f = new(M + "flutter_driver_app/test/login_test.dart"); r = f.r; S, N = f.s, f.n
    f.done(f"""import 'package:flutter_test/flutter_test.dart';
import 'package:courier/auth/login_form.dart';

void main() {{
  testWidgets('rejects short password', (tester) async {{
    await tester.pumpWidget(const LoginForm());
    await tester.enterText(find.byKey(const Key('password')), '{N('abc', 'courier', 'widget-test input', 'test-value')}');
    await tester.tap(find.text('Sign in'));
    expect(find.text('Password must be at least 8 characters'), findsOneWidget);
  }});
  testWidgets('accepts valid login', (tester) async {{
    await tester.enterText(find.byKey(const Key('password')), '{N('test-password-123', 'courier', 'widget-test input', 'test-value')}');
  }});
}}
""")
    plain(M + "flutter_driver_app/pubspec.yaml", """name: courier
description: Northwind courier driver app
publish_to: 'none'
version: 4.1.2+4012
environment:
  sdk: '>=3.2.0 <4.0.0'
dependencies:
  flutter:
    sdk: flutter
  dio: ^5.4.0
  flutter_secure_storage: ^9.0.0
  google_maps_flutter: ^2.5.3
dev_dependencies:
  flutter_test:
    sdk: flutter
  flutter_lints: ^3.0.1
""")
