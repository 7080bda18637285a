import 'package:flutter_test/flutter_test.dart';
import 'package:courier/auth/login_form.dart';

void main() {
  testWidgets('rejects short password', (tester) async {
    await tester.pumpWidget(const LoginForm());
    await tester.enterText(find.byKey(const Key('password')), 'abc');
    await tester.tap(find.text('Sign in'));
    expect(find.text('Password must be at least 8 characters'), findsOneWidget);
  });
  testWidgets('accepts valid login', (tester) async {
    await tester.enterText(find.byKey(const Key('password')), 'test-password-123');
  });
}
