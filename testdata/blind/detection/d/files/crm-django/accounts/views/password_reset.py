"""Password reset flow: request form, e-mail with a signed token, confirmation form."""
from django.contrib.auth import get_user_model, update_session_auth_hash
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import send_mail
from django.shortcuts import redirect, render
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from accounts.forms import PasswordResetRequestForm, SetNewPasswordForm

User = get_user_model()


def request_reset(request):
    form = PasswordResetRequestForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = User.objects.filter(email__iexact=form.cleaned_data["email"]).first()
        if user is not None:
            uid = urlsafe_base64_encode(force_bytes(user.pk))
            token = default_token_generator.make_token(user)
            link = request.build_absolute_uri(f"/accounts/reset/{uid}/{token}/")
            send_mail("Reset your password", f"Use this link to choose a new password: {link}",
                      None, [user.email])
        # same answer whether or not the address exists
        return redirect("accounts:reset-sent")
    return render(request, "accounts/password_reset.html", {"form": form})


def confirm_reset(request, user, token):
    if not default_token_generator.check_token(user, token):
        return render(request, "accounts/password_reset_invalid.html", status=400)
    form = SetNewPasswordForm(user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        user.set_password(form.cleaned_data["new_password1"])
        user.save(update_fields=["password"])
        update_session_auth_hash(request, user)
        return redirect("accounts:reset-done")
    return render(request, "accounts/password_reset_confirm.html", {"form": form})
