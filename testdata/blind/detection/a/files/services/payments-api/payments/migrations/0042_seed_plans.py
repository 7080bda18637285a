from django.db import migrations

PLANS = [
    {"id": "279af5d0-0a56-452c-9c92-4303c0464188", "name": "starter", "stripe_price": "price_1H4KCzCaNLpbcK5Zs3NRx9Ir"},
    {"id": "c601c8d3-f40c-43ea-a489-8ed98d6e3eb9", "name": "team", "stripe_price": "price_1hKp8HQKndLiUOzOZg1wQzkA"},
    {"id": "7757e2b6-dd75-4ace-bfb1-34fdb0fea2fd", "name": "enterprise", "stripe_price": "price_183F0IZ0rzpdGBMufZtCNTSf"},
]


def seed(apps, schema_editor):
    Plan = apps.get_model('payments', 'Plan')
    for p in PLANS:
        Plan.objects.update_or_create(id=p['id'], defaults=p)


class Migration(migrations.Migration):
    dependencies = [('payments', '0041_plan_interval')]
    operations = [migrations.RunPython(seed)]
