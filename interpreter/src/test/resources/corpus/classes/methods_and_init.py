# Methods, self and __init__
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        self.balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError("insufficient funds")
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self

    def summary(self):
        return f"{self.owner}: {self.balance}"

acc = Account("ann", 10)
acc.deposit(5).withdraw(3)
print(acc.summary(), acc.history)
try:
    acc.withdraw(100)
except ValueError as e:
    print("error:", e)
m = acc.deposit
m(100)
print(acc.balance)
print(Account.summary(acc))
print(type(acc.deposit).__name__, type(Account.deposit).__name__)
print(acc.deposit.__self__ is acc)
