from celery import Celery
from flask import Flask


def make_celery(app):
    celery = Celery(app.import_name, broker=app.config['CELERY_BROKER_URL'], backend=app.config['CELERY_RESULT_BACKEND'])
    celery.conf.update(app.config)
    return celery


def create_app():
    app = Flask(__name__)
    app.config.from_object('app.config.Config')
    return app
