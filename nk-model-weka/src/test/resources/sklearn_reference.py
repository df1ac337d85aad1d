# scikit-learn's scores for the same setups as WekaBenchmark, with nkululeko's estimators and
# defaults (nkululeko-reference.md 5.5). Run from the shared folder: python3 sklearn_reference.py
import csv
import numpy as np
from sklearn.ensemble import RandomForestClassifier, RandomForestRegressor
from sklearn.linear_model import LinearRegression, LogisticRegression
from sklearn.naive_bayes import GaussianNB
from sklearn.neighbors import KNeighborsClassifier, KNeighborsRegressor
from sklearn.svm import SVC, SVR
from sklearn.tree import DecisionTreeClassifier, DecisionTreeRegressor

feats = {r[0]: np.array([float(v) for v in r[1:]])
         for r in list(csv.reader(open('refs/egemaps_v02_emodb.csv')))[1:]}
classes = ['anger', 'happiness', 'neutral', 'sadness']


def scaled(x_train, x_test):
    mean, std = x_train.mean(0), x_train.std(0)
    std[std == 0] = 1
    return (x_train - mean) / std, (x_test - mean) / std


def emotion(part):
    rows = [r for r in csv.DictReader(
        open(f'data/emodb/db.emotion.categories.{part}.gold_standard.csv'))
        if r['emotion'] in classes]
    return (np.array([feats[r['file']] for r in rows]),
            np.array([classes.index(r['emotion']) for r in rows]))


def uar(truth, pred):
    present = sorted(set(truth) | set(pred))
    return np.mean([np.mean(pred[truth == c] == c) if (truth == c).any() else 0 for c in present])


def ccc(truth, pred):
    cov = np.mean((truth - truth.mean()) * (pred - pred.mean()))
    return 2 * cov / (truth.var() + pred.var() + (truth.mean() - pred.mean()) ** 2)


(x_train, y_train), (x_test, y_test) = emotion('train'), emotion('test')
x_train, x_test = scaled(x_train, x_test)
print('| model | UAR (argmax predict_proba) |')
for name, model in [('svm', SVC(C=1.0, gamma='scale', probability=True, random_state=42)),
                    ('knn', KNeighborsClassifier(n_neighbors=5)),
                    ('tree', DecisionTreeClassifier(random_state=42)),
                    ('bayes', GaussianNB()),
                    ('log_reg', LogisticRegression(max_iter=1000)),
                    ('rf', RandomForestClassifier(random_state=42))]:
    model.fit(x_train, y_train)
    print(f'| {name} | {uar(y_test, model.predict_proba(x_test).argmax(1)):.3f} |')

rows = list(csv.DictReader(open('data/emodb/emodb.csv')))
train = [r for r in rows if r['split'] == 'train']
test = [r for r in rows if r['split'] == 'test']
x_train, x_test = scaled(np.array([feats[r['file']] for r in train]),
                         np.array([feats[r['file']] for r in test]))
y_train = np.array([float(r['age']) for r in train])
y_test = np.array([float(r['age']) for r in test])
print('| model | MSE | CCC |')
for name, model in [('svr', SVR(C=0.001)), ('knn_reg', KNeighborsRegressor(n_neighbors=5)),
                    ('tree_reg', DecisionTreeRegressor(random_state=42)),
                    ('lin_reg', LinearRegression()),
                    ('rf_reg', RandomForestRegressor(random_state=42))]:
    pred = model.fit(x_train, y_train).predict(x_test)
    print(f'| {name} | {np.mean((pred - y_test) ** 2):.2f} | {ccc(y_test, pred):.3f} |')
