"""RaisedVoice, IssueSource and Event.raised_plan_issues (now PlanIssue.raised_at's reverse)
moved to the plans app (plans 0001 took over the tables): drop them from events' state only."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('events', '0005_versions_everywhere'),
        ('plans', '0001_initial'),
    ]

    operations = [
        # State only: the tables and their rows stay where they are.
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveConstraint(
                    model_name='issuesource',
                    name='events_issue_source_once',
                ),
                migrations.RemoveField(
                    model_name='event',
                    name='raised_plan_issues',
                ),
                migrations.RemoveField(
                    model_name='issuesource',
                    name='event',
                ),
                migrations.RemoveField(
                    model_name='issuesource',
                    name='issue',
                ),
                migrations.DeleteModel(
                    name='RaisedVoice',
                ),
                migrations.DeleteModel(
                    name='IssueSource',
                ),
            ],
        ),
    ]
