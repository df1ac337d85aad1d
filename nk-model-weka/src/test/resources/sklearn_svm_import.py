# Regenerates sklearn_svc_proba_svm_import.csv and prints scikit-learn's UAR on the svm_import
# setup. Run from the shared folder: python3 sklearn_svm_import.py (needs numpy, scikit-learn).
import csv
import numpy as np
from sklearn.svm import SVC

feats = {r[0]: np.array([float(v) for v in r[1:]])
         for r in list(csv.reader(open('refs/egemaps_v02_emodb.csv')))[1:]}
classes = ['anger', 'happiness', 'neutral', 'sadness']


def load(part):
    x, y = [], []
    for r in csv.DictReader(open(f'data/emodb/db.emotion.categories.{part}.gold_standard.csv')):
        if r['emotion'] in classes:
            x.append(feats[r['file']])
            y.append(classes.index(r['emotion']))
    return np.array(x), np.array(y)


x_train, y_train = load('train')
x_test, y_test = load('test')
mean, std = x_train.mean(0), x_train.std(0)
std[std == 0] = 1
x_train, x_test = (x_train - mean) / std, (x_test - mean) / std


def uar(truth, pred):
    present = sorted(set(truth) | set(pred))
    return np.mean([np.mean(pred[truth == c] == c) if (truth == c).any() else 0 for c in present])


for seed in [42, 0, 1, 2, 3]:
    svc = SVC(C=1.0, gamma='scale', probability=True, random_state=seed).fit(x_train, y_train)
    proba = svc.predict_proba(x_test)
    print(seed, 'argmax proba UAR %.3f' % uar(y_test, proba.argmax(1)),
          'predict UAR %.3f' % uar(y_test, svc.predict(x_test)))
    if seed == 42:
        with open('sklearn_svc_proba_svm_import.csv', 'w') as out:
            out.write('# scikit-learn SVC(C=1.0, gamma="scale", probability=True, '
                      'random_state=42).predict_proba\n')
            out.write('# on the svm_import setup (EmoDb.emotion([anger, happiness, neutral, '
                      'sadness]).scaled()), test rows in table order\n')
            out.write(','.join(classes) + '\n')
            for row in proba:
                out.write(','.join('%.6f' % v for v in row) + '\n')
