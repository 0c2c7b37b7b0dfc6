"""わたまちプラン's models, moved here from areas (plans, issues, milestones, reviews, contacts
and their history) and events (RaisedVoice, IssueSource) with their tables and rows.

State only: the models take over the existing tables (`db_table`); no row is copied.
0003 then renames the tables to this app's names. The old apps drop the models from their
state after this (areas 0007, events 0006). On a fresh database this runs after
portal 0002_roles, which creates and grants the plan permissions under their old labels;
0002 then moves those content types here, exactly as on an existing database.
"""

import core.validators
import django.core.validators
import django.db.models.deletion
import django.db.models.expressions
import simple_history.models
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('areas', '0006_versions_everywhere'),
        ('coops', '0003_versions_everywhere'),
        ('events', '0005_versions_everywhere'),
        ('portal', '0002_roles'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        # State only: the tables and their rows stay where they are.
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='AreaPlan',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('version', models.PositiveIntegerField(default=0, editable=False, verbose_name='版')),
                        ('title', models.CharField(max_length=200, verbose_name='計画の名称')),
                        ('vision', models.TextField(help_text='この計画でめざす地域の姿', verbose_name='めざす姿')),
                        ('first_fiscal_year', models.PositiveSmallIntegerField(verbose_name='開始年度')),
                        ('last_fiscal_year', models.PositiveSmallIntegerField(help_text='計画の期間は3〜5年度です。', verbose_name='終了年度')),
                        ('participants_note', models.TextField(blank=True, help_text='例: 地域の組合員、ワーカーズ、地域住民。個人名は書かないでください。', verbose_name='参加している人たち')),
                        ('status', models.CharField(choices=[('drafting', '策定中'), ('active', '実行中'), ('completed', '完了')], default='drafting', max_length=16, verbose_name='状況')),
                        ('adopted_on', models.DateField(blank=True, help_text='実行中・完了の計画では必須です。振り返りの間隔はこの日から数えます。', null=True, verbose_name='計画を掲げた日')),
                        ('review_interval_months', models.PositiveSmallIntegerField(default=6, help_text='何か月ごとに振り返り・進捗確認を行うか（1〜24）', validators=[django.core.validators.MinValueValidator(1), django.core.validators.MaxValueValidator(24)], verbose_name='振り返りの間隔（か月）')),
                        ('publication', models.CharField(choices=[('draft', '下書き'), ('published', '公開')], default='draft', max_length=16, verbose_name='公開状況')),
                        ('is_sample', models.BooleanField(default=False, verbose_name='サンプル')),
                        ('updated_at', models.DateTimeField(auto_now=True, verbose_name='更新日時')),
                        ('area_group', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='plans', to='areas.areagroup', verbose_name='まちづくりグループ')),
                        ('organizations', models.ManyToManyField(blank=True, related_name='area_plans', to='coops.organization', verbose_name='参加団体')),
                    ],
                    options={
                        'db_table': 'areas_areaplan',
                        'verbose_name': 'わたまちプラン',
                        'verbose_name_plural': 'わたまちプラン',
                        'ordering': ['area_group', '-first_fiscal_year'],
                    },
                ),
                migrations.CreateModel(
                    name='HistoricalAreaPlan',
                    fields=[
                        ('id', models.BigIntegerField(auto_created=True, blank=True, db_index=True, verbose_name='ID')),
                        ('version', models.PositiveIntegerField(default=0, editable=False, verbose_name='版')),
                        ('title', models.CharField(max_length=200, verbose_name='計画の名称')),
                        ('vision', models.TextField(help_text='この計画でめざす地域の姿', verbose_name='めざす姿')),
                        ('first_fiscal_year', models.PositiveSmallIntegerField(verbose_name='開始年度')),
                        ('last_fiscal_year', models.PositiveSmallIntegerField(help_text='計画の期間は3〜5年度です。', verbose_name='終了年度')),
                        ('participants_note', models.TextField(blank=True, help_text='例: 地域の組合員、ワーカーズ、地域住民。個人名は書かないでください。', verbose_name='参加している人たち')),
                        ('status', models.CharField(choices=[('drafting', '策定中'), ('active', '実行中'), ('completed', '完了')], default='drafting', max_length=16, verbose_name='状況')),
                        ('adopted_on', models.DateField(blank=True, help_text='実行中・完了の計画では必須です。振り返りの間隔はこの日から数えます。', null=True, verbose_name='計画を掲げた日')),
                        ('review_interval_months', models.PositiveSmallIntegerField(default=6, help_text='何か月ごとに振り返り・進捗確認を行うか（1〜24）', validators=[django.core.validators.MinValueValidator(1), django.core.validators.MaxValueValidator(24)], verbose_name='振り返りの間隔（か月）')),
                        ('publication', models.CharField(choices=[('draft', '下書き'), ('published', '公開')], default='draft', max_length=16, verbose_name='公開状況')),
                        ('is_sample', models.BooleanField(default=False, verbose_name='サンプル')),
                        ('updated_at', models.DateTimeField(blank=True, editable=False, verbose_name='更新日時')),
                        ('history_id', models.AutoField(primary_key=True, serialize=False)),
                        ('history_date', models.DateTimeField(db_index=True)),
                        ('history_change_reason', models.CharField(max_length=100, null=True)),
                        ('history_type', models.CharField(choices=[('+', 'Created'), ('~', 'Changed'), ('-', 'Deleted')], max_length=1)),
                        ('area_group', models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='areas.areagroup', verbose_name='まちづくりグループ')),
                        ('history_user', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                    ],
                    options={
                        'db_table': 'areas_historicalareaplan',
                        'verbose_name': 'わたまちプランの履歴',
                        'verbose_name_plural': 'historical わたまちプラン',
                        'ordering': ('-history_date', '-history_id'),
                        'get_latest_by': ('history_date', 'history_id'),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name='HistoricalPlanContact',
                    fields=[
                        ('id', models.BigIntegerField(auto_created=True, blank=True, db_index=True, verbose_name='ID')),
                        ('version', models.PositiveIntegerField(default=0, editable=False, verbose_name='版')),
                        ('role', models.CharField(choices=[('coordinator', '福祉まちづくりコーディネーター'), ('advisor', '地域福祉アドバイザー')], max_length=16, verbose_name='役割')),
                        ('display_name', models.CharField(help_text='例: ふくまち 地域福祉アドバイザー（個人名や連絡先は書かないでください）', max_length=100, validators=[core.validators.validate_no_personal_contact], verbose_name='表示名')),
                        ('contact_route', models.CharField(blank=True, help_text='例: 団体のウェブサイトの問い合わせフォームから', max_length=200, validators=[core.validators.validate_no_personal_contact], verbose_name='問い合わせ方法')),
                        ('contact_url', models.URLField(blank=True, help_text='空欄なら所属団体のウェブサイトを表示します。', verbose_name='問い合わせ先のURL')),
                        ('position', models.PositiveSmallIntegerField(default=0, verbose_name='表示順')),
                        ('history_id', models.AutoField(primary_key=True, serialize=False)),
                        ('history_date', models.DateTimeField(db_index=True)),
                        ('history_change_reason', models.CharField(max_length=100, null=True)),
                        ('history_type', models.CharField(choices=[('+', 'Created'), ('~', 'Changed'), ('-', 'Deleted')], max_length=1)),
                        ('area_group', models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='areas.areagroup', verbose_name='まちづくりグループ')),
                        ('history_user', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                        ('organization', models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='coops.organization', verbose_name='所属団体')),
                    ],
                    options={
                        'db_table': 'areas_historicalplancontact',
                        'verbose_name': '連絡先の履歴',
                        'verbose_name_plural': 'historical わたまちの相談窓口',
                        'ordering': ('-history_date', '-history_id'),
                        'get_latest_by': ('history_date', 'history_id'),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name='HistoricalPlanIssue',
                    fields=[
                        ('id', models.BigIntegerField(auto_created=True, blank=True, db_index=True, verbose_name='ID')),
                        ('version', models.PositiveIntegerField(default=0, editable=False, verbose_name='版')),
                        ('title', models.CharField(max_length=200, verbose_name='地域課題')),
                        ('description', models.TextField(blank=True, verbose_name='説明')),
                        ('approach', models.CharField(choices=[('business', '事業'), ('member_activity', '組合員活動'), ('civic_movement', '市民運動')], help_text='事業で解決する・組合員活動で解決する・市民運動で解決する', max_length=20, verbose_name='解決の手段')),
                        ('lead_note', models.CharField(blank=True, help_text='例: 支部の組合員有志、地域のワーカーズ（個人名は書かないでください）', max_length=200, verbose_name='中心となる人たち')),
                        ('status', models.CharField(choices=[('not_started', '未着手'), ('in_progress', '取り組み中'), ('achieved', '達成'), ('on_hold', '保留')], default='not_started', max_length=16, verbose_name='状況')),
                        ('progress', models.PositiveSmallIntegerField(default=0, validators=[django.core.validators.MinValueValidator(0), django.core.validators.MaxValueValidator(100)], verbose_name='進捗（%）')),
                        ('position', models.PositiveSmallIntegerField(default=0, verbose_name='表示順')),
                        ('history_id', models.AutoField(primary_key=True, serialize=False)),
                        ('history_date', models.DateTimeField(db_index=True)),
                        ('history_change_reason', models.CharField(max_length=100, null=True)),
                        ('history_type', models.CharField(choices=[('+', 'Created'), ('~', 'Changed'), ('-', 'Deleted')], max_length=1)),
                        ('history_user', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                        ('lead_organization', models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='coops.organization', verbose_name='中心となる団体')),
                        ('plan', models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='plans.areaplan', verbose_name='わたまちプラン')),
                    ],
                    options={
                        'db_table': 'areas_historicalplanissue',
                        'verbose_name': '地域課題の履歴',
                        'verbose_name_plural': 'historical 地域課題',
                        'ordering': ('-history_date', '-history_id'),
                        'get_latest_by': ('history_date', 'history_id'),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name='HistoricalPlanReview',
                    fields=[
                        ('id', models.BigIntegerField(auto_created=True, blank=True, db_index=True, verbose_name='ID')),
                        ('version', models.PositiveIntegerField(default=0, editable=False, verbose_name='版')),
                        ('held_on', models.DateField(verbose_name='実施日')),
                        ('summary', models.TextField(verbose_name='振り返りのまとめ')),
                        ('history_id', models.AutoField(primary_key=True, serialize=False)),
                        ('history_date', models.DateTimeField(db_index=True)),
                        ('history_change_reason', models.CharField(max_length=100, null=True)),
                        ('history_type', models.CharField(choices=[('+', 'Created'), ('~', 'Changed'), ('-', 'Deleted')], max_length=1)),
                        ('history_user', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                        ('plan', models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='plans.areaplan', verbose_name='わたまちプラン')),
                    ],
                    options={
                        'db_table': 'areas_historicalplanreview',
                        'verbose_name': '振り返りの履歴',
                        'verbose_name_plural': 'historical 振り返り・進捗確認',
                        'ordering': ('-history_date', '-history_id'),
                        'get_latest_by': ('history_date', 'history_id'),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name='IssueSource',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('version', models.PositiveIntegerField(default=0, editable=False, verbose_name='版')),
                        ('event', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='issue_sources', to='events.event', verbose_name='出された場')),
                    ],
                    options={
                        'db_table': 'events_issuesource',
                        'verbose_name': '地域課題が出された場',
                        'verbose_name_plural': '地域課題が出された場',
                        'ordering': ['issue', 'event__starts_at', 'pk'],
                    },
                ),
                migrations.CreateModel(
                    name='PlanContact',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('version', models.PositiveIntegerField(default=0, editable=False, verbose_name='版')),
                        ('role', models.CharField(choices=[('coordinator', '福祉まちづくりコーディネーター'), ('advisor', '地域福祉アドバイザー')], max_length=16, verbose_name='役割')),
                        ('display_name', models.CharField(help_text='例: ふくまち 地域福祉アドバイザー（個人名や連絡先は書かないでください）', max_length=100, validators=[core.validators.validate_no_personal_contact], verbose_name='表示名')),
                        ('contact_route', models.CharField(blank=True, help_text='例: 団体のウェブサイトの問い合わせフォームから', max_length=200, validators=[core.validators.validate_no_personal_contact], verbose_name='問い合わせ方法')),
                        ('contact_url', models.URLField(blank=True, help_text='空欄なら所属団体のウェブサイトを表示します。', verbose_name='問い合わせ先のURL')),
                        ('position', models.PositiveSmallIntegerField(default=0, verbose_name='表示順')),
                        ('area_group', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='plan_contacts', to='areas.areagroup', verbose_name='まちづくりグループ')),
                        ('organization', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='plan_contacts', to='coops.organization', verbose_name='所属団体')),
                    ],
                    options={
                        'db_table': 'areas_plancontact',
                        'verbose_name': 'わたまちの相談窓口',
                        'verbose_name_plural': 'わたまちの相談窓口',
                        'ordering': ['area_group', 'position', 'pk'],
                    },
                ),
                migrations.CreateModel(
                    name='PlanIssue',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('version', models.PositiveIntegerField(default=0, editable=False, verbose_name='版')),
                        ('title', models.CharField(max_length=200, verbose_name='地域課題')),
                        ('description', models.TextField(blank=True, verbose_name='説明')),
                        ('approach', models.CharField(choices=[('business', '事業'), ('member_activity', '組合員活動'), ('civic_movement', '市民運動')], help_text='事業で解決する・組合員活動で解決する・市民運動で解決する', max_length=20, verbose_name='解決の手段')),
                        ('lead_note', models.CharField(blank=True, help_text='例: 支部の組合員有志、地域のワーカーズ（個人名は書かないでください）', max_length=200, verbose_name='中心となる人たち')),
                        ('status', models.CharField(choices=[('not_started', '未着手'), ('in_progress', '取り組み中'), ('achieved', '達成'), ('on_hold', '保留')], default='not_started', max_length=16, verbose_name='状況')),
                        ('progress', models.PositiveSmallIntegerField(default=0, validators=[django.core.validators.MinValueValidator(0), django.core.validators.MaxValueValidator(100)], verbose_name='進捗（%）')),
                        ('position', models.PositiveSmallIntegerField(default=0, verbose_name='表示順')),
                        ('lead_organization', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='led_plan_issues', to='coops.organization', verbose_name='中心となる団体')),
                        ('plan', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='issues', to='plans.areaplan', verbose_name='わたまちプラン')),
                        ('raised_at', models.ManyToManyField(blank=True, related_name='raised_plan_issues', through='plans.IssueSource', to='events.event', verbose_name='出された場')),
                    ],
                    options={
                        'db_table': 'areas_planissue',
                        'verbose_name': '地域課題',
                        'verbose_name_plural': '地域課題',
                        'ordering': ['plan', 'position', 'pk'],
                    },
                ),
                migrations.CreateModel(
                    name='Milestone',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('version', models.PositiveIntegerField(default=0, editable=False, verbose_name='版')),
                        ('title', models.CharField(max_length=200, verbose_name='目標・節目')),
                        ('due_on', models.DateField(blank=True, null=True, verbose_name='目安の時期')),
                        ('done', models.BooleanField(default=False, verbose_name='達成')),
                        ('issue', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='milestones', to='plans.planissue', verbose_name='地域課題')),
                    ],
                    options={
                        'db_table': 'areas_milestone',
                        'verbose_name': '節目（マイルストーン）',
                        'verbose_name_plural': '節目（マイルストーン）',
                        'ordering': ['issue', models.OrderBy(models.F('due_on'), nulls_last=True), 'pk'],
                    },
                ),
                migrations.AddField(
                    model_name='issuesource',
                    name='issue',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='sources', to='plans.planissue', verbose_name='地域課題'),
                ),
                migrations.CreateModel(
                    name='PlanReview',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('version', models.PositiveIntegerField(default=0, editable=False, verbose_name='版')),
                        ('held_on', models.DateField(verbose_name='実施日')),
                        ('summary', models.TextField(verbose_name='振り返りのまとめ')),
                        ('plan', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='reviews', to='plans.areaplan', verbose_name='わたまちプラン')),
                    ],
                    options={
                        'db_table': 'areas_planreview',
                        'verbose_name': '振り返り・進捗確認',
                        'verbose_name_plural': '振り返り・進捗確認',
                        'ordering': ['plan', '-held_on'],
                    },
                ),
                migrations.CreateModel(
                    name='RaisedVoice',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('version', models.PositiveIntegerField(default=0, editable=False, verbose_name='版')),
                        ('kind', models.CharField(choices=[('issue', '課題'), ('need', 'ニーズ'), ('voice', '声')], default='voice', max_length=8, verbose_name='種類')),
                        ('text', models.CharField(help_text='メモから短く書き写してください（個人名は書かない）', max_length=300, verbose_name='内容')),
                        ('position', models.PositiveSmallIntegerField(default=0, verbose_name='表示順')),
                        ('report', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='voices', to='events.activityreport', verbose_name='実施報告')),
                    ],
                    options={
                        'db_table': 'events_raisedvoice',
                        'verbose_name': '出された課題・ニーズ・声',
                        'verbose_name_plural': '出された課題・ニーズ・声',
                        'ordering': ['report', 'position', 'pk'],
                    },
                ),
                migrations.CreateModel(
                    name='ReviewEntry',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('version', models.PositiveIntegerField(default=0, editable=False, verbose_name='版')),
                        ('status', models.CharField(choices=[('not_started', '未着手'), ('in_progress', '取り組み中'), ('achieved', '達成'), ('on_hold', '保留')], default='in_progress', max_length=16, verbose_name='状況')),
                        ('progress', models.PositiveSmallIntegerField(validators=[django.core.validators.MinValueValidator(0), django.core.validators.MaxValueValidator(100)], verbose_name='進捗（%）')),
                        ('note', models.TextField(blank=True, verbose_name='メモ')),
                        ('issue', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='review_entries', to='plans.planissue', verbose_name='地域課題')),
                        ('review', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='entries', to='plans.planreview', verbose_name='振り返り・進捗確認')),
                    ],
                    options={
                        'db_table': 'areas_reviewentry',
                        'verbose_name': '課題ごとの進捗',
                        'verbose_name_plural': '課題ごとの進捗',
                        'ordering': ['review', 'issue__position', 'pk'],
                    },
                ),
                migrations.AddConstraint(
                    model_name='areaplan',
                    constraint=models.UniqueConstraint(fields=('area_group', 'first_fiscal_year'), name='areas_plan_one_per_group_start_year'),
                ),
                migrations.AddConstraint(
                    model_name='areaplan',
                    constraint=models.CheckConstraint(condition=models.Q(('last_fiscal_year__gte', django.db.models.expressions.CombinedExpression(models.F('first_fiscal_year'), '+', models.Value(2))), ('last_fiscal_year__lte', django.db.models.expressions.CombinedExpression(models.F('first_fiscal_year'), '+', models.Value(4)))), name='areas_plan_period_3_to_5_years'),
                ),
                migrations.AddConstraint(
                    model_name='areaplan',
                    constraint=models.CheckConstraint(condition=models.Q(('status', 'drafting'), ('adopted_on__isnull', False), _connector='OR'), name='areas_plan_adopted_unless_drafting'),
                ),
                migrations.AddConstraint(
                    model_name='areaplan',
                    constraint=models.CheckConstraint(condition=models.Q(('review_interval_months__gte', 1), ('review_interval_months__lte', 24)), name='areas_plan_review_interval_1_to_24'),
                ),
                migrations.AddConstraint(
                    model_name='planissue',
                    constraint=models.CheckConstraint(condition=models.Q(('progress__gte', 0), ('progress__lte', 100)), name='areas_planissue_progress_0_to_100'),
                ),
                migrations.AddConstraint(
                    model_name='planissue',
                    constraint=models.CheckConstraint(condition=models.Q(models.Q(('status', 'achieved'), _negated=True), ('progress', 100), _connector='OR'), name='areas_planissue_achieved_is_100'),
                ),
                migrations.AddConstraint(
                    model_name='planissue',
                    constraint=models.CheckConstraint(condition=models.Q(models.Q(('status', 'not_started'), _negated=True), ('progress', 0), _connector='OR'), name='areas_planissue_not_started_is_0'),
                ),
                migrations.AddConstraint(
                    model_name='issuesource',
                    constraint=models.UniqueConstraint(fields=('issue', 'event'), name='events_issue_source_once'),
                ),
                migrations.AddConstraint(
                    model_name='planreview',
                    constraint=models.UniqueConstraint(fields=('plan', 'held_on'), name='areas_review_one_per_day'),
                ),
                migrations.AddConstraint(
                    model_name='reviewentry',
                    constraint=models.UniqueConstraint(fields=('review', 'issue'), name='areas_review_entry_once_per_issue'),
                ),
                migrations.AddConstraint(
                    model_name='reviewentry',
                    constraint=models.CheckConstraint(condition=models.Q(('progress__gte', 0), ('progress__lte', 100)), name='areas_reviewentry_progress_0_to_100'),
                ),
                migrations.AddConstraint(
                    model_name='reviewentry',
                    constraint=models.CheckConstraint(condition=models.Q(models.Q(('status', 'achieved'), _negated=True), ('progress', 100), _connector='OR'), name='areas_reviewentry_achieved_is_100'),
                ),
                migrations.AddConstraint(
                    model_name='reviewentry',
                    constraint=models.CheckConstraint(condition=models.Q(models.Q(('status', 'not_started'), _negated=True), ('progress', 0), _connector='OR'), name='areas_reviewentry_not_started_is_0'),
                ),
            ],
        ),
    ]
